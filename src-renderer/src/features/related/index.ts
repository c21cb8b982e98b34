/** The related feature's public parts: what other features and the app may import (layer rule). */
export { RelatedArticles } from './RelatedArticles';
