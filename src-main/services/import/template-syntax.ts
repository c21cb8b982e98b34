/**
 * Template syntax in Markdown posts, which a site generator would have run and a reader must never see raw:
 * Liquid (Jekyll: `{{ site.repository }}`, `{% include note.html %}`, `{% highlight ruby %}`), Hugo shortcodes
 * (`{{< figure … >}}`, `{{% note %}}`), MDX (`import … from`, JSX comments `{/* … *\/}`, heading ids written as
 * JSX comments, `{/*responding-to-events*\/}`, also seen as `{/responding-to-events/}`) and kramdown heading ids (`{#intro}`).
 * Code blocks become fences; a string shown by its tag (`{{ "text" }}`, a figure's caption) is kept as text;
 * everything else goes. Code (fenced or inline) and inline TeX are left as written, but for `{% raw %}` markers. Pure.
 */

import { splitMath } from '../../../src-shared/article/markdown-math';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_MARKER = /\{%-?\s*(?:end)?raw\s*-?%\}/g;

/** Whole lines: block tags that open or close code, or that are nothing but a tag. */
const LINE_RULES: ReadonlyArray<[RegExp, (match: RegExpExecArray) => string | null]> = [
  [/^\s*\{%-?\s*highlight\s+([\w+-]+)[^%]*-?%\}\s*$/, (m) => `\`\`\`${m[1] ?? ''}`],
  [/^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/, () => '```'],
  [/^\s*\{\{[<%]\s*(?:highlight|code)\s+([\w+-]+)[^>%]*[>%]\}\}\s*$/, (m) => `\`\`\`${m[1] ?? ''}`],
  [/^\s*\{\{[<%]\s*\/(?:highlight|code)\s*[>%]\}\}\s*$/, () => '```'],
  [/^\s*(?:import\s+.+\s+from\s+['"][^'"]+['"];?|import\s+['"][^'"]+['"];?|export\s+(?:const|default|function)\b.*)\s*$/, () => null],
];

/** Inside text: tags whose words are kept, then tags that go. */
const INLINE_RULES: ReadonlyArray<[RegExp, string | ((...groups: string[]) => string)]> = [
  [/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, ''],
  [/\{\{-?\s*(["'])((?:(?!\1).){0,500})\1\s*(?:\|[^}]{0,200})?-?\}\}/g, (_m, _q, text) => text ?? ''],
  [/\{\{<\s*figure\b[^>]*?\b(?:caption|title|alt)=(["“])(.{0,500}?)["”][^>]*>\}\}/g, (_m, _q, text) => text ?? ''],
  [/\{\{[<%]\s*\/?[\w./-]+(?:\s[^}]{0,500}?)?\s*[>%]\}\}/g, ''],
  [/\{%-?[\s\S]{0,500}?-?%\}/g, ''],
  [/\{\{-?[^{}]{0,500}?-?\}\}/g, ''],
  [/\{\/\*[\s\S]{0,500}?\*\/\}/g, ''],
];

/** Heading ids at the end of a heading: `{/*id*\/}`, `{/id/}`, `{#id}`. */
const HEADING_ID = /^( {0,3}#{1,6}\s.*?)\s*\{(?:\/\*?\s*[\w-]+\s*\*?\/|#[\w-]+)\}\s*$/;

/** The line's text outside inline code spans and TeX (`$…$`, `\(…\)`), changed by `change`; those stay as written. */
function outsideCode(line: string, change: (text: string) => string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((piece, index) => (index % 2 === 1 ? piece : splitMath(piece).map((part, at) => (at % 2 === 1 ? part : change(part))).join('')))
    .join('');
}

function inline(text: string): string {
  let result = text;
  for (const [pattern, replacement] of INLINE_RULES) {
    result = typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement as never);
  }
  return result;
}

export function withoutTemplateSyntax(markdown: string): string {
  const source = markdown.replace(/\r\n?/g, '\n').replace(RAW_MARKER, '');
  // Liquid comments may span lines: taken out before the line-by-line pass.
  const lines = source.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, '').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  // After a line that goes, one blank line goes too, so that no run of blank lines is left where it stood.
  let dropBlank = false;
  const drop = (): void => {
    dropBlank = out.length === 0 || out[out.length - 1]?.trim() === '';
  };
  for (const line of lines) {
    if (dropBlank && fence === null && line.trim() === '') {
      dropBlank = false;
      continue;
    }
    dropBlank = false;
    const ruled = LINE_RULES.find(([pattern]) => pattern.test(line));
    if (ruled) {
      const replaced = ruled[1](ruled[0].exec(line) as RegExpExecArray);
      if (replaced !== null) {
        out.push(replaced);
        fence = replaced.startsWith('```') ? (fence === null ? '```' : null) : fence;
      } else drop();
      continue;
    }
    const opened = FENCE.exec(line)?.[1];
    if (opened) {
      if (fence === null) fence = opened.slice(0, 3);
      else if (opened.startsWith(fence)) fence = null;
      out.push(line);
      continue;
    }
    if (fence !== null) {
      out.push(line);
      continue;
    }
    const withoutId = line.replace(HEADING_ID, '$1');
    const cleaned = outsideCode(withoutId, inline);
    // A line that held only template tags goes, rather than leaving a blank paragraph.
    if (cleaned.trim() === '' && line.trim() !== '') {
      drop();
      continue;
    }
    out.push(cleaned.replace(/[ \t]+$/, ''));
  }
  return out.join('\n');
}

/** A title or other one-line field without template syntax. */
export function fieldWithoutTemplateSyntax(value: string | null): string | null {
  if (value === null) return null;
  const clean = inline(value.replace(RAW_MARKER, '')).replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}
