/** Recognising a saved page's chrome: lines that belong to the website around the article, not to the article. */
import { CHROME_LINE_PATTERNS, CHROME_TOKENS, CRUMB_START, RELATED_HEADING } from './text-page-vocabulary';

const PIECE_SEPARATOR = /\s*(?:[|｜丨/•·【】[\]]|\s{2,}|\t)\s*/;
const CRUMB_SEPARATOR = /\s*[>»›]\s*/;
const MAX_CHROME_LINE = 160;

function comparable(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/g, ' ');
}

function isChromePiece(piece: string): boolean {
  if (piece === '' || CHROME_TOKENS.has(piece)) return true;
  return piece.split(' ').every((word) => CHROME_TOKENS.has(word.replace(/[:：]$/, '')));
}

function isCrumbTrail(line: string): boolean {
  if (CRUMB_START.test(line)) return true;
  const pieces = line.split(CRUMB_SEPARATOR);
  return pieces.length >= 3 && pieces.every((piece) => piece.length > 0 && piece.length <= 30 && piece.split(' ').length <= 4);
}

/** True for a line that is page chrome: comment prompts, zoom/share/print links, navigation trails, rules. */
export function isChromeLine(line: string): boolean {
  const text = comparable(line);
  if (text === '' || text.length > MAX_CHROME_LINE) return false;
  if (CHROME_LINE_PATTERNS.some((pattern) => pattern.test(text))) return true;
  if (isCrumbTrail(text)) return true;
  const pieces = text.split(PIECE_SEPARATOR);
  return pieces.some((piece) => piece !== '') && pieces.every(isChromePiece);
}

/** True for a "Related Articles" heading (or its kin): the article ends before it. */
export function isRelatedHeading(line: string): boolean {
  const text = comparable(line)
    .replace(/^[\s【[(（<«—–\-:：]+|[\s】\])）>»—–\-:：]+$/g, '')
    .trim();
  return text.length > 0 && RELATED_HEADING.test(text);
}
