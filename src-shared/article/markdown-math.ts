/**
 * TeX in Markdown (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`, and `$$` or `\[` … `\]` blocks on lines of their own) is kept
 * as the text it is written in: Markdown must not read its `*`, `_`, `\\` or `\(` as emphasis or escapes, nor a site
 * generator's template rule its `{{`. Pure.
 *
 * A `$…$` span is pandoc's: the opening `$` has a non-space after it, the closing one a non-space before it and no
 * digit after it, so "$5 and $10" is money, not maths. Code (fenced, indented by a fence, or inline) is never maths.
 */

/** A line cut into pieces: odd indexes are maths (delimiters included), even ones the text around it. */
export function splitMath(line: string): string[] {
  const pieces: string[] = [];
  // Closing delimiters found nowhere further on: never looked for again (a line of a thousand `\(` stays linear).
  const missing = new Set<string>();
  let text = '';
  let i = 0;
  while (i < line.length) {
    const end = mathEnd(line, i, missing);
    if (end === null) {
      const ch = line.charAt(i);
      // A backslash escape or a code span is passed over whole: nothing in it opens maths.
      if (ch === '\\' && line.charAt(i + 1) !== '(' && line.charAt(i + 1) !== '[') {
        text += line.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        const run = /^`+/.exec(line.slice(i))?.[0] ?? '`';
        const close = line.indexOf(run, i + run.length);
        const to = close < 0 ? i + run.length : close + run.length;
        text += line.slice(i, to);
        i = to;
      } else {
        text += ch;
        i += 1;
      }
      continue;
    }
    pieces.push(text, line.slice(i, end));
    text = '';
    i = end;
  }
  pieces.push(text);
  return pieces;
}

/** Where the maths starting at `i` ends (after its closing delimiter), or null when none starts there. */
function mathEnd(line: string, i: number, missing: Set<string>): number | null {
  if (line.startsWith('\\(', i)) return closing(line, i + 2, '\\)', missing);
  if (line.startsWith('\\[', i)) return closing(line, i + 2, '\\]', missing);
  if (line.startsWith('$$', i)) return closing(line, i + 2, '$$', missing);
  if (line.charAt(i) !== '$' || /^\s?$/.test(line.charAt(i + 1))) return null;
  for (let j = i + 1; j < line.length; j++) {
    const ch = line.charAt(j);
    if (ch === '\\') {
      j += 1;
      continue;
    }
    if (ch === '$') return /\s/.test(line.charAt(j - 1)) || /\d/.test(line.charAt(j + 1)) ? null : j + 1;
  }
  return null;
}

function closing(line: string, from: number, delimiter: string, missing: Set<string>): number | null {
  if (missing.has(delimiter)) return null;
  const at = line.indexOf(delimiter, from);
  if (at < 0) missing.add(delimiter);
  return at <= from ? null : at + delimiter.length;
}

/** Every ASCII punctuation character backslash-escaped: CommonMark then shows each one as itself. */
function escapeForMarkdown(tex: string): string {
  return tex.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_OPEN = /^\s*(\$\$|\\\[)\s*$/;

/** The Markdown with its maths escaped so that it renders as the TeX written (for the reader's Markdown view). */
export function markdownWithLiteralMath(markdown: string): string {
  return mapMath(markdown, escapeForMarkdown);
}

/** Every line of maths and every inline span of it changed by `change`; the rest and fenced code stay as written. */
export function mapMath(markdown: string, change: (tex: string) => string): string {
  const out: string[] = [];
  let fence: string | null = null;
  let block: string | null = null;
  for (const line of markdown.split('\n')) {
    const opened = FENCE.exec(line)?.[1];
    if (block === null && opened) {
      if (fence === null) fence = opened.slice(0, 3);
      else if (opened.startsWith(fence)) fence = null;
      out.push(line);
    } else if (fence !== null) {
      out.push(line);
    } else if (block !== null) {
      if (line.trim() === block) block = null;
      out.push(change(line));
    } else if (BLOCK_OPEN.test(line)) {
      block = line.trim() === '$$' ? '$$' : '\\]';
      out.push(change(line));
    } else {
      out.push(splitMath(line).map((piece, index) => (index % 2 === 1 ? change(piece) : piece)).join(''));
    }
  }
  return out.join('\n');
}
