/** The renderer's entry: opens the library database and renders the app. */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { OffprintDatabase } from './db/database';
import './ui/base.css';
import './library/library.css';
import './reader/reader.css';
import './notes/notes.css';
import './annotations/annotations.css';
import './importing/importing.css';

document.body.dataset.appState = 'loading';
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App db={new OffprintDatabase()} />
  </StrictMode>,
);
