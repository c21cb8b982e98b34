/**
 * A hostile library for the layout tests (issue 14): titles, authors, sources and tags of 200 characters, 300
 * tags in all, right-to-left (Arabic) and CJK titles, as Markdown files with front matter, imported through the
 * UI's folder import; and 50 collections with names as long as a collection name can be (64 characters), some
 * Arabic, some Chinese, made in the Collections dialog.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_COUNT = 8;
/** Distinct tags over the whole hostile library. */
export const HOSTILE_TAGS = 300;
export const HOSTILE_COLLECTIONS = 50;

const long = (seed: string, length = 200) => `${seed} ${'stretch '.repeat(40)}`.slice(0, length).trim();

const TITLES = [
  long('An extremely long title that goes on'),
  'مكتبة بلا شبكة: القراءة في مكان هادئ بعيدا عن الضجيج',
  '在没有网络的地方读书，一个很长很长的标题，它不停地延续下去，直到窗口的边缘之外',
  long('Averyveryverylongwordwithoutanyspaceatallthatcannotbreak'.repeat(4)),
];

/** Short tags on each article but the last, which has the rest (46, up to topic-7-45). */
const SHORT_TAGS = 34;

/** The tags of article `i`: two of 200 characters, then short ones, so that the library has HOSTILE_TAGS in all. */
function tagsOf(i: number): string[] {
  const short = i < HOSTILE_COUNT - 1 ? SHORT_TAGS : HOSTILE_TAGS - 2 * HOSTILE_COUNT - SHORT_TAGS * (HOSTILE_COUNT - 1);
  return [long(`tag number ${i}`), long(`another tag ${i}`), ...Array.from({ length: short }, (_, t) => `topic-${i}-${t}`)];
}

/** The title of the first article: 200 characters of Latin text. */
export const HOSTILE_LONG_TITLE = `${TITLES[0]} 0`;

export function writeHostileLibrary(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < HOSTILE_COUNT; i += 1) {
    const title = `${TITLES[i % TITLES.length]} ${i}`;
    const front = [
      '---',
      `title: "${title}"`,
      `author: "${long(`Author Name ${i}`)}"`,
      `source: "${long(`Source ${i}`)}"`,
      `date: 2021-03-${String(i + 1).padStart(2, '0')}`,
      `tags: [${tagsOf(i).map((t) => `"${t}"`).join(', ')}]`,
      '---',
    ].join('\n');
    writeFileSync(join(dir, `hostile-${i}.md`), `${front}\n\nA paragraph of text number ${i} for the hostile library.\n`);
  }
}

/** 50 collection names of 64 characters: Latin, Arabic and Chinese. */
export function hostileCollectionNames(): string[] {
  return Array.from({ length: HOSTILE_COLLECTIONS }, (_, i) => {
    if (i % 5 === 1) return `${i} ${'مجموعة القراءة الطويلة جدا '.repeat(4)}`.slice(0, 64).trim();
    if (i % 5 === 2) return `${i} ${'一个很长很长的收藏夹名称'.repeat(8)}`.slice(0, 64).trim();
    return long(`Collection ${i} of long reads`, 64);
  });
}
