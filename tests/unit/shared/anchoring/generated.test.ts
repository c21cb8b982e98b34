/**
 * A generated article, 200 highlights, about 5 % of the paragraphs edited, everything re-anchored. Because every
 * character of the edited text remembers where it came from, the test knows the truth for each highlight:
 *
 * - "survived": every character of the highlighted text is still there, unchanged and contiguous. Its only right
 *   place is exactly where those characters now are.
 * - "edited": some of its characters survived, some were edited. Its edited version lies in the region between
 *   the nearest unchanged characters before and after it (its surviving characters and whatever replaced or was
 *   inserted among them). A placement is right when it overlaps the surviving characters, its text is within the
 *   error bound of the quote (Levenshtein, computed here independently), and it reaches at most the error bound's
 *   worth of characters beyond that region (a fuzzy edge may take in a neighbouring word or stop short of one) —
 *   or its text is exactly the quote (an edit removed text that the next text repeats word for word).
 * - "deleted": none of its characters survived; any placement is wrong.
 *
 * Wrong = any placement that is not right by these rules. None is allowed. Of the survived highlights, at least
 * 95 % must be placed exactly on their text; everything else must be an orphan.
 */
import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../../src-shared/anchoring';
import type { Article } from './generated-article';
import { editArticle, editedRegion, generateArticle, levenshtein, seededRandom } from './generated-article';

const ERROR_RATE = 0.2;

function randomHighlight(random: () => number, article: Article): [number, number] {
  const sentences = article.sentences;
  const i = Math.floor(random() * sentences.length);
  const [sentenceStart, sentenceEnd] = sentences[i] ?? [0, 1];
  if (random() < 0.5) {
    const count = 1 + Math.floor(random() * 3);
    const last = sentences[Math.min(sentences.length - 1, i + count - 1)] ?? [sentenceStart, sentenceEnd];
    return [sentenceStart, last[1]];
  }
  const words = [...article.text.slice(sentenceStart, sentenceEnd).matchAll(/[A-Za-z]+/g)].map((m) => [
    sentenceStart + m.index,
    sentenceStart + m.index + m[0].length,
  ]);
  const first = Math.floor(random() * words.length);
  const last = Math.min(words.length - 1, first + Math.floor(random() * 8));
  return [words[first]?.[0] ?? sentenceStart, words[last]?.[1] ?? sentenceEnd];
}

interface Figures {
  highlights: number;
  survived: number;
  placedExactly: number;
  placedFuzzy: number;
  orphans: number;
  wrong: number;
  wrongDetails: string[];
}

function run(seed: number): Figures {
  const random = seededRandom(seed);
  const article = generateArticle(random, 40);
  const highlights = Array.from({ length: 200 }, () => randomHighlight(random, article));
  const stored = highlights.map(([s, e]) => describeRange(article.text, s, e));
  const edited = editArticle(random, article, 0.05);
  const figures: Figures = {
    highlights: 0,
    survived: 0,
    placedExactly: 0,
    placedFuzzy: 0,
    orphans: 0,
    wrong: 0,
    wrongDetails: [],
  };

  highlights.forEach(([s, e], h) => {
    const selectors = stored[h];
    if (!selectors) return;
    figures.highlights++;
    const length = e - s;
    const bound = Math.floor(length * ERROR_RATE);
    const mapped = Array.from({ length }, (_, k) => edited.newIndexOf[s + k] ?? -1);
    const surviving = mapped.filter((n) => n >= 0);
    const firstNew = surviving[0];
    const lastNew = surviving.at(-1);
    const survived =
      surviving.length === length && firstNew !== undefined && lastNew !== undefined && lastNew - firstNew === length - 1;
    if (survived) figures.survived++;

    const result = anchor(edited.text, selectors);
    if (result.status === 'orphan') {
      figures.orphans++;
      return;
    }
    const placed = edited.text.slice(result.start, result.end);
    let right: boolean;
    if (survived) {
      right = result.start === firstNew && result.end === firstNew + length;
      if (right) figures.placedExactly++;
    } else if (firstNew !== undefined && lastNew !== undefined) {
      const [regionStart, regionEnd] = editedRegion(edited.newIndexOf, s, e, edited.text.length);
      const overlaps = result.start <= lastNew && firstNew < result.end;
      const outside = Math.max(0, regionStart - result.start) + Math.max(0, result.end - regionEnd);
      const identical = placed === selectors.quote.exact;
      right = overlaps && levenshtein(placed, selectors.quote.exact) <= bound && (outside <= bound || identical);
      if (right) figures.placedFuzzy++;
    } else {
      right = false;
    }
    if (!right) {
      figures.wrong++;
      figures.wrongDetails.push(
        `${result.status} ${JSON.stringify(selectors.quote.exact)} placed on ${JSON.stringify(placed)}`,
      );
    }
  });
  return figures;
}

describe('re-anchoring 200 highlights after editing about 5 % of a 40-paragraph article', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: places at least 95 percent of unchanged highlights exactly, none on wrong text', (seed) => {
    const f = run(seed);
    console.log(
      `anchoring seed ${seed}: ${f.highlights} highlights, ${f.survived} with unchanged text; ` +
        `placed exactly ${f.placedExactly} (${((100 * f.placedExactly) / f.survived).toFixed(1)} %), ` +
        `fuzzy ${f.placedFuzzy}, orphans ${f.orphans}, wrong ${f.wrong}`,
    );
    expect(f.highlights).toBe(200);
    expect(f.wrongDetails).toEqual([]);
    expect(f.placedExactly / f.survived).toBeGreaterThanOrEqual(0.95);
    expect(f.placedExactly + f.placedFuzzy + f.orphans).toBe(200);
  });
});
