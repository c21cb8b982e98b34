/** The kinds of token the tokenizer makes (see tokenize.ts). */
export const WORD = 0;
export const BIGRAM = 1;
export const UNIGRAM = 2;
/** The parts of a dotted, apostrophed or hyphenated word run together ("lwnnet", "us", "email"). */
export const JOINED = 3;
export type TokenKind = typeof WORD | typeof BIGRAM | typeof UNIGRAM | typeof JOINED;

/** Whether tokens of this kind are words (not CJK characters): what a prefix can match. */
export const isWordKind = (kind: TokenKind): boolean => kind === WORD || kind === JOINED;

