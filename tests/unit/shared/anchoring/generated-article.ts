/**
 * A seeded article generator and editor for the generated anchoring test. Every character of the edited text
 * remembers which character of the original it came from (or that it was inserted), so the test knows where each
 * highlight's text really went.
 */

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a is that for on with as by at from it be this are was which an or has have not but ' +
  'global security governance cooperation country countries world peace development people nations council ' +
  'policy economic trade reform region regional summit leaders minister foreign joint statement dialogue ' +
  'partners partnership growth market markets investment energy climate health education science research ' +
  'city village river mountain road bridge school library museum archive report reports reader readers ' +
  'new old common shared open fair stable long short early late strong weak local national international ' +
  'said says agreed called urged noted stressed warned added hopes plans build builds keep keeps protect ' +
  'future past present history year years month week day morning evening question answer principle rules'
).split(' ');

/** Sentences that recur through the article, as stock phrases do in news: they make quotes ambiguous. */
const STOCK = [
  'The minister said the talks would continue.',
  'Both sides agreed to keep the dialogue open.',
  'The report was published on the same day.',
  'Readers can find more in the archive.',
];

export interface Article {
  text: string;
  /** [start, end) of each paragraph in `text`. */
  paragraphs: Array<[number, number]>;
  /** [start, end) of each sentence, in order. */
  sentences: Array<[number, number]>;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function sentence(random: () => number): string {
  if (random() < 0.1) return pick(random, STOCK);
  const length = 8 + Math.floor(random() * 13);
  const words = Array.from({ length }, () => pick(random, WORDS));
  const first = words[0] ?? 'the';
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

export function generateArticle(random: () => number, paragraphCount: number): Article {
  let text = '';
  const paragraphs: Array<[number, number]> = [];
  const sentences: Array<[number, number]> = [];
  for (let p = 0; p < paragraphCount; p++) {
    if (p > 0) text += '\n\n';
    const paragraphStart = text.length;
    const count = 3 + Math.floor(random() * 5);
    for (let s = 0; s < count; s++) {
      if (s > 0) text += ' ';
      const start = text.length;
      text += sentence(random);
      sentences.push([start, text.length]);
    }
    paragraphs.push([paragraphStart, text.length]);
  }
  return { text, paragraphs, sentences };
}

/** One character of the edited text and the index in the original it came from (-1: inserted). */
interface Traced {
  char: string;
  origin: number;
}

export interface EditedArticle {
  text: string;
  /** For each original character, its index in the edited text, or -1 if it was deleted. */
  newIndexOf: Int32Array;
  editedParagraphs: number[];
  edits: string[];
}

/** Word spans [start, end) inside text[from, to). */
function wordSpans(chars: readonly Traced[], from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    while (i < to && !/[A-Za-z]/.test(chars[i]?.char ?? '')) i++;
    const start = i;
    while (i < to && /[A-Za-z]/.test(chars[i]?.char ?? '')) i++;
    if (i > start) spans.push([start, i]);
  }
  return spans;
}

const inserted = (s: string): Traced[] => Array.from(s, (char) => ({ char, origin: -1 }));

/** Edits `share` of the paragraphs: insertions, deletions, word replacements, or the paragraph's deletion. */
export function editArticle(random: () => number, article: Article, share: number): EditedArticle {
  const chars: Traced[] = Array.from(article.text, (char, origin) => ({ char, origin }));
  const count = Math.max(1, Math.round(article.paragraphs.length * share));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * article.paragraphs.length));
  const editedParagraphs = [...chosen].sort((a, b) => b - a); // last first: earlier offsets stay valid
  const edits: string[] = [];

  for (const p of editedParagraphs) {
    const [origStart, origEnd] = article.paragraphs[p] ?? [0, 0];
    // Paragraph bounds in the current (being edited) array: find by origin.
    const from = chars.findIndex((c) => c.origin === origStart);
    let to = chars.findIndex((c) => c.origin === origEnd - 1) + 1;
    if (random() < 0.25) {
      const cutFrom = p > 0 ? from - 2 : from; // with the "\n\n" before it
      const cutTo = p > 0 ? to : Math.min(chars.length, to + 2);
      chars.splice(cutFrom, cutTo - cutFrom);
      edits.push(`deleted paragraph ${p}`);
      continue;
    }
    const editCount = 1 + Math.floor(random() * 3);
    for (let e = 0; e < editCount; e++) {
      const words = wordSpans(chars, from, to);
      const kind = random();
      const [ws, we] = pick(random, words);
      if (kind < 0.35) {
        let replacement = pick(random, WORDS);
        while (replacement === chars.slice(ws, we).map((c) => c.char).join('').toLowerCase()) {
          replacement = pick(random, WORDS);
        }
        chars.splice(ws, we - ws, ...inserted(replacement));
        to += replacement.length - (we - ws);
        edits.push(`paragraph ${p}: replaced a word`);
      } else if (kind < 0.7) {
        const phrase = ` ${Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, WORDS)).join(' ')}`;
        chars.splice(we, 0, ...inserted(phrase));
        to += phrase.length;
        edits.push(`paragraph ${p}: inserted ${phrase.length} characters`);
      } else {
        const span = 1 + Math.floor(random() * 3);
        const startWord = words.indexOf(words.find(([s]) => s === ws) ?? [ws, we]);
        const last = words[Math.min(words.length - 1, startWord + span - 1)] ?? [ws, we];
        const cutTo = Math.min(to, last[1] + 1); // with the space after
        chars.splice(ws, cutTo - ws);
        to -= cutTo - ws;
        edits.push(`paragraph ${p}: deleted ${cutTo - ws} characters`);
      }
    }
  }

  const newIndexOf = new Int32Array(article.text.length).fill(-1);
  chars.forEach((c, i) => {
    if (c.origin >= 0) newIndexOf[c.origin] = i;
  });
  return { text: chars.map((c) => c.char).join(''), newIndexOf, editedParagraphs, edits };
}

/** Plain Levenshtein distance, for checking fuzzy placements independently of the code under test. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Where the edited version of original[start, end) is: from just after the nearest unchanged character before it
 * to just before the nearest unchanged character after it, in the edited text. Whatever replaced or was inserted
 * into the quote's text lies there, and nothing else does.
 */
export function editedRegion(newIndexOf: Int32Array, start: number, end: number, editedLength: number): [number, number] {
  let before = start - 1;
  while (before >= 0 && (newIndexOf[before] ?? -1) < 0) before--;
  let after = end;
  while (after < newIndexOf.length && (newIndexOf[after] ?? -1) < 0) after++;
  const regionStart = before >= 0 ? (newIndexOf[before] ?? -1) + 1 : 0;
  const regionEnd = after < newIndexOf.length ? (newIndexOf[after] ?? editedLength) : editedLength;
  return [regionStart, regionEnd];
}
