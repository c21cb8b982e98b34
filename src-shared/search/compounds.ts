/**
 * Words written in several parts, read the same way in the index and in queries (issue 15):
 * - a word that Unicode's word rules keep whole across `.` `'` `:` `,` `;` (LWN.net, U.S, don't, l'homme, 1,000)
 *   is also its parts: lwn + net, u + s, don + t, l + homme, 1 + 000;
 * - words joined by hyphens (e-mail, COVID-19, state-of-the-art) are already parts;
 * and both are also their parts run together, as one JOINED token at the first part's position: lwnnet, us,
 * dont, lhomme, 1000, email, covid19. So "US" finds "U.S.", "email" finds "e-mail", and "lwn" is a whole word of
 * "LWN.net" (a brute-force scan of the text sees it so). A hyphenated run is joined only when it has a letter
 * ("2019-2020" is two numbers).
 */
import { JOINED, WORD, type TokenKind } from './token-kinds';

export type CompoundEmit = (term: string, kind: TokenKind, start: number, end: number) => void;

/** A character that Unicode's word rules let stand inside a word, between letters or digits. */
function isJoiner(c: number): boolean {
  if (c < 0x80) return c === 0x2e || c === 0x27 || c === 0x3a || c === 0x2c || c === 0x3b; // . ' : , ;
  return c === 0xb7 || c === 0x387 || c === 0x2027; // middle dots, hyphenation point
}

/** A hyphen (not a dash: "budget—really" is two words). */
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;
const LETTER = /\p{L}/u;

/**
 * Takes the words of one folded line in order (`word`), holds back a run of hyphenated ones, and sends each word's
 * tokens to `emit` (joined forms before their parts, so positions never go back). `flush` at the end of a run of
 * words. One reader serves line after line (`start`): the tokenizer's hot path allocates nothing per word.
 */
export class CompoundReader {
  private f = '';
  private line = '';
  private starts: Int32Array | null = null;
  private emit: CompoundEmit = () => undefined;
  /** Start, end and joined (0 or 1) of each word of the pending hyphenated run. */
  private readonly run: number[] = [];

  /** Reads a new line: `f` folded, `line` the original (to tell a hyphen from a dash folding made one). */
  start(f: string, line: string, starts: Int32Array | null, emit: CompoundEmit): void {
    this.f = f;
    this.line = line;
    this.starts = starts;
    this.emit = emit;
    this.run.length = 0;
  }

  word(s: number, e: number, joined: boolean): void {
    const run = this.run;
    if (run.length > 0) {
      if (run[run.length - 2] === s - 1 && this.hyphenAt(s - 1)) {
        run.push(s, e, joined ? 1 : 0);
        return;
      }
      this.flush();
    }
    if (e + 1 < this.f.length && isHyphen(this.f.charCodeAt(e))) run.push(s, e, joined ? 1 : 0);
    else this.single(s, e, joined);
  }

  flush(): void {
    const run = this.run;
    if (run.length === 0) return;
    if (run.length >= 6) {
      let text = '';
      for (let k = 0; k < run.length; k += 3) text += this.joinedText(run[k] as number, run[k + 1] as number, run[k + 2] === 1);
      if (LETTER.test(text)) this.emit(text, JOINED, run[0] as number, run[run.length - 2] as number);
    }
    for (let k = 0; k < run.length; k += 3) this.single(run[k] as number, run[k + 1] as number, run[k + 2] === 1);
    run.length = 0;
  }

  private hyphenAt(k: number): boolean {
    const original = this.starts ? (this.starts[k] ?? k) : k;
    return isHyphen(this.f.charCodeAt(k)) && isHyphen(this.line.charCodeAt(original));
  }

  /** The word without its joiners. */
  private joinedText(s: number, e: number, joined: boolean): string {
    const f = this.f;
    if (!joined) return f.slice(s, e);
    let out = '';
    let from = s;
    for (let k = s; k < e; k++) {
      if (!isJoiner(f.charCodeAt(k))) continue;
      out += f.slice(from, k);
      from = k + 1;
    }
    return out + f.slice(from, e);
  }

  private single(s: number, e: number, joined: boolean): void {
    const f = this.f;
    if (!joined) {
      this.emit(f.slice(s, e), WORD, s, e);
      return;
    }
    this.emit(this.joinedText(s, e, true), JOINED, s, e);
    let from = s;
    for (let k = s; k < e; k++) {
      if (!isJoiner(f.charCodeAt(k))) continue;
      if (k > from) this.emit(f.slice(from, k), WORD, from, k);
      from = k + 1;
    }
    if (e > from) this.emit(f.slice(from, e), WORD, from, e);
  }
}
