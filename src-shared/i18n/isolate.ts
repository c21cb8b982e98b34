/**
 * A title, a tag or a name from the library put inside a translated sentence, wrapped in Unicode's first-strong
 * isolate (U+2068 … U+2069): an Arabic title in an English sentence, or an English one in Arabic, keeps its own
 * direction and does not reorder the words around it. A value isolated already (main names an entry by its
 * isolated title; the renderer isolates every value of a reason) is not wrapped twice.
 */
export function isolate(text: string): string {
  if (isIsolated(text)) return text;
  return `\u2068${text}\u2069`;
}

/** Whether the whole text is one isolate: it opens with U+2068 and that isolate closes only at its very end. */
function isIsolated(text: string): boolean {
  if (!text.startsWith('\u2068') || !text.endsWith('\u2069')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\u2066' || c === '\u2067' || c === '\u2068') depth += 1;
    else if (c === '\u2069') {
      depth -= 1;
      if (depth === 0 && i !== text.length - 1) return false;
    }
  }
  return depth === 0;
}
