/** The notes feature's public parts: what other features and the app may import (layer rule). */
import './notes.css';
export { NotesSection } from './NotesSection';
