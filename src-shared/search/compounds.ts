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
 * words.
 */
export class CompoundReader {
  /** Start and end of each word of the pending hyphenated run. */
  private run: number[] = [];

  constructor(
    /** The folded line. */
    private readonly f: string,
    /** The original line, to tell a hyphen from a dash that folding made one. */
    private readonly line: string,
    private readonly starts: Int32Array | null,
    private readonly emit: CompoundEmit,
  ) {}

  word(s: number, e: number): void {
    const last = this.run.length > 0 ? (this.run[this.run.length - 1] as number) : -2;
    if (!(last === s - 1 && this.hyphenAt(s - 1))) this.flush();
    this.run.push(s, e);
  }

  flush(): void {
    const run = this.run;
    if (run.length === 0) return;
    if (run.length >= 4) {
      let joined = '';
      for (let k = 0; k < run.length; k += 2) joined += this.partsOf(run[k] as number, run[k + 1] as number).join('');
      if (LETTER.test(joined)) this.emit(joined, JOINED, run[0] as number, run[run.length - 1] as number);
    }
    for (let k = 0; k < run.length; k += 2) this.single(run[k] as number, run[k + 1] as number);
    run.length = 0;
  }

  private hyphenAt(k: number): boolean {
    const original = this.starts ? (this.starts[k] ?? k) : k;
    return isHyphen(this.f.charCodeAt(k)) && isHyphen(this.line.charCodeAt(original));
  }

  /** The word's parts between joiners: one part for most words. */
  private partsOf(s: number, e: number): string[] {
    const f = this.f;
    let from = s;
    const parts: string[] = [];
    for (let k = s; k < e; k++) {
      if (!isJoiner(f.charCodeAt(k))) continue;
      if (k > from) parts.push(f.slice(from, k));
      from = k + 1;
    }
    if (from === s) return [f.slice(s, e)];
    if (e > from) parts.push(f.slice(from, e));
    return parts;
  }

  private single(s: number, e: number): void {
    const f = this.f;
    let from = s;
    let split = false;
    for (let k = s; k < e; k++) {
      if (!isJoiner(f.charCodeAt(k))) continue;
      if (!split) {
        split = true;
        this.emit(this.partsOf(s, e).join(''), JOINED, s, e);
      }
      if (k > from) this.emit(f.slice(from, k), WORD, from, k);
      from = k + 1;
    }
    if (e > from) this.emit(f.slice(from, e), WORD, from, e);
  }
}
