/** The annotations feature's public parts: what other features and the app may import (layer rule). */
import './annotations.css';
export { ArticleAnnotations } from './ArticleAnnotations';
export { ExportNotesMenu } from './export/ExportNotesMenu';
export { colorNameKey } from './highlighting/colors';
