/** The search core: pure TypeScript (no DOM, no storage), for the renderer, a worker or Node. */
export { InvertedIndex, DEFAULT_INDEX_OPTIONS } from './inverted-index';
export type { IndexOptions, SearchHit, SearchOptions, SearchResult } from './inverted-index';
export type { ConsistencyReport } from './consistency';
export { DEFAULT_FIELD_WEIGHTS, FIELDS } from './fields';
export type { FieldName, FieldWeights, SearchDocument } from './fields';
export { parseQuery } from './parse-query';
export type { ClauseField, ParsedQuery, QueryClause } from './parse-query';
export { matchRanges } from './highlight';
export type { Range } from './highlight';
export { makeSnippet } from './snippet';
export type { Snippet, SnippetOptions } from './snippet';
export { foldString } from '../text/fold';
export { tokenize, tokenList, TOKENIZER_VERSION, WORD, BIGRAM, UNIGRAM } from './tokenize';
export type { Token, TokenKind, TokenSink } from './tokenize';
export { IndexFormatError, INDEX_FORMAT_VERSION } from './serialize';
export { DEFAULT_RELATED_WEIGHTS, MIN_SIMILARITY, RELATED_LIMIT } from './more-like-this';
export type { MoreLikeThisOptions, RelatedHit, RelatedWeights } from './more-like-this';
