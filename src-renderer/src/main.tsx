/** The renderer's entry: opens the library database and renders the app. */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { OffprintDatabase } from './data/database';
import './ui/base.css';
import './features/library/library.css';
import './features/reader/reader.css';
import './features/notes/notes.css';
import './features/annotations/annotations.css';
import './features/importing/importing.css';

document.body.dataset.appState = 'loading';
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App db={new OffprintDatabase()} />
  </StrictMode>,
);
