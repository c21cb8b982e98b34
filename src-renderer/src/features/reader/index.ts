/** The reader feature's public parts: what other features and the app may import (layer rule). */
import './reader.css';
export { ArticleView } from './ArticleView';
export { runZoomCommand } from './zoom-setting';
