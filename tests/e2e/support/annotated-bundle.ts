/**
 * An Offprint bundle carrying highlights and notes (docs/bundle-format.md), written for a test: the way highlights
 * reach a test profile before the reader can make them. Two articles: an English one with a URL and tags, and a
 * Chinese one without a URL.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

export const RIVERS = {
  id: 'rivers-0001',
  title: 'Northern Rivers: a "short" history',
  author: 'Reader, Ada',
  source: 'Field Journal',
  url: 'https://example.org/rivers',
  publishedAt: '2017-09-28',
  addedAt: '2024-04-30T10:00:00.000Z',
  language: 'en',
  tags: ['water', 'maps'],
};

export const READING = {
  id: 'reading-0002',
  title: '读书的方法',
  author: null,
  source: '人民日报',
  url: null,
  publishedAt: '2020-01-02',
  addedAt: '2024-04-01T10:00:00.000Z',
  language: 'zh',
  tags: ['books'],
};

const RIVERS_BODY = `Rivers shape the cities that grow beside them.

The second passage tells how the Café on the Rhône kept its maps of the floods.

Bridges came later, and with them the roads.`;

const READING_BODY = `读书的方法有很多种。

全球安全治理需要每个人的参与，读书可以帮助我们理解世界。`;

function quote(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return [
    { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 12), start), suffix: text.slice(start + exact.length, start + exact.length + 12) },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ];
}

export const RIVERS_HIGHLIGHTS = [
  // Stored out of document order: exports put them back in order.
  { id: 'hl-bridges', color: 'yellow', selectors: quote(RIVERS_BODY, 'Bridges came later'), note: null, createdAt: '2024-05-03T08:00:00.000Z' },
  { id: 'hl-rivers', color: 'green', selectors: quote(RIVERS_BODY, 'Rivers shape the cities'), note: 'Compare with **chapter 2**.', createdAt: '2024-05-01T08:00:00.000Z' },
];
export const RIVERS_NOTES = [
  { id: 'note-rivers', body: 'Check the flood *maps* at https://example.org/floods', createdAt: '2024-05-02T09:14:00.000Z', updatedAt: '2024-05-02T09:20:00.000Z' },
];
export const READING_HIGHLIGHTS = [
  { id: 'hl-security', color: 'pink', selectors: quote(READING_BODY, '全球安全治理'), note: '重要的概念', createdAt: '2024-03-01T08:00:00.000Z' },
];
export const READING_NOTES = [
  { id: 'note-reading', body: '这本书讨论了读书的方法', createdAt: '2024-04-01T08:00:00.000Z', updatedAt: '2024-04-01T08:00:00.000Z' },
];

export function writeAnnotatedBundle(dir: string): string {
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  const files: Record<string, Uint8Array> = {
    [`articles/${RIVERS.id}/article.json`]: json(RIVERS),
    [`articles/${RIVERS.id}/body.md`]: strToU8(RIVERS_BODY),
    [`articles/${RIVERS.id}/annotations.json`]: json({ notes: RIVERS_NOTES, highlights: RIVERS_HIGHLIGHTS }),
    [`articles/${READING.id}/article.json`]: json(READING),
    [`articles/${READING.id}/body.md`]: strToU8(READING_BODY),
    [`articles/${READING.id}/annotations.json`]: json({ notes: READING_NOTES, highlights: READING_HIGHLIGHTS }),
    'manifest.json': json({ format: 'offprint-bundle', version: 1, title: 'Annotated', created: '2024-05-04T00:00:00.000Z', articleCount: 2 }),
  };
  const path = join(dir, 'Annotated.offprint');
  writeFileSync(path, zipSync(files));
  return path;
}
