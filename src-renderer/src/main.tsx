/** The renderer's entry: opens the library database, guarded (app/open-library.ts), and renders the app. */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
// The base styles first: each feature's index.ts brings its own styles after them.
import './ui/tokens.css';
import './ui/base.css';
import { openLibrary } from './app/open-library';
import { LibraryRoot } from './app/LibraryRoot';
import { errorMessage } from './data/bridge';
import { OpenFailed } from './app/OpenFailed';
import { LocaleProvider } from './ui/i18n';

document.body.dataset.appState = 'loading';
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
openLibrary().then(
  (opened) =>
    root.render(
      <StrictMode>
        <LocaleProvider>
          <LibraryRoot opened={opened} />
        </LocaleProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    document.body.dataset.appState = 'error';
    root.render(
      <LocaleProvider>
        <OpenFailed reason={errorMessage(error)} />
      </LocaleProvider>,
    );
  },
);
