/** The renderer's entry: opens the library database and renders the app. */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
// The base styles first: each feature's index.ts brings its own styles after them.
import './ui/base.css';
import { App } from './app/App';
import { OffprintDatabase } from './data/database';

document.body.dataset.appState = 'loading';
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App db={new OffprintDatabase()} />
  </StrictMode>,
);
