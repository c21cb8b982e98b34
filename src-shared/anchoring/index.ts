export type { RangeSelectors, TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors';
export { pickSelectors } from './selectors';
export type { DescribedRange } from './describe-range';
export { CONTEXT_LENGTH, describeRange } from './describe-range';
export type { AnchorOptions, AnchorResult } from './anchor';
export { anchor } from './anchor';
export { uniqueRange } from './unique-quote';
