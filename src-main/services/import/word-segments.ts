/**
 * Word segmentation with Intl.Segmenter (dictionary-based for Chinese and Japanese). The segmenter in this V8 is
 * quadratic on long strings, so text is fed to it paragraph by paragraph, and long paragraphs in pieces of at most
 * MAX_CHUNK characters cut at a space or punctuation mark.
 */

const MAX_CHUNK = 1000;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const BREAK_AFTER = /[\s.,;:!?。，、；：！？）)」』】]/u;

/** Splits text into pieces the segmenter handles quickly, never cutting inside a word when it can avoid it. */
export function segmentableChunks(text: string): string[] {
  const chunks: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let rest = paragraph.trim();
    while (rest.length > MAX_CHUNK) {
      let cut = MAX_CHUNK;
      while (cut > MAX_CHUNK / 2 && !BREAK_AFTER.test(rest.charAt(cut - 1))) cut -= 1;
      if (cut <= MAX_CHUNK / 2) cut = MAX_CHUNK;
      chunks.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest.length > 0) chunks.push(rest);
  }
  return chunks;
}

/** Calls `visit` with every word-like segment of the text, in order. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  for (const chunk of segmentableChunks(text)) {
    for (const segment of segmenter.segment(chunk)) {
      if (segment.isWordLike) visit(segment.segment);
    }
  }
}
