/** The library feature's public parts: what other features and the app may import (layer rule). */
import './library.css';
export { LibraryView } from './LibraryView';
export { UndoDeleteNotice } from './UndoDeleteNotice';
