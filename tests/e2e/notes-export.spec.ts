/**
 * Exporting notes and highlights through the UI, for one article (the reader's Notes section) and for the Notes
 * view's current filter, as Markdown (front matter read back with gray-matter) and as W3C Web Annotation JSON-LD.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { expect, test } from './fixtures';
import { READING, RIVERS } from './support/annotated-bundle';
import { exportNotes, importAnnotatedBundle, notesRegion, openNotesView } from './support/notes';
import { openArticle } from './support/reader';
import { chooseOption } from './support/select';

let work: string;
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'offprint-notes-export-e2e-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(work, name), 'utf8');

test('one article: Markdown with its metadata and quotes in order, and a W3C AnnotationCollection', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importAnnotatedBundle(app, work);
  await openArticle(page, RIVERS.title);
  const notes = notesRegion(page);
  const status = notes.getByRole('status', { name: 'Notes export' });

  await app.chooseOnNextExport(join(work, 'rivers'));
  await exportNotes(notes, 'Markdown');
  await expect(status).toHaveText('Notes exported to \u2068rivers.md\u2069.');
  const md = matter(read('rivers.md'));
  expect(md.data).toEqual({
    title: RIVERS.title,
    author: RIVERS.author,
    source: RIVERS.source,
    url: RIVERS.url,
    published: RIVERS.publishedAt,
    added: RIVERS.addedAt,
    tags: RIVERS.tags,
    language: 'en',
  });
  const body = md.content;
  expect(body).toContain('# Northern Rivers: a "short" history\n\n## Highlights\n\n> Rivers shape the cities\n\n*green highlight · 2024-05-01 08:00 UTC*\n\nCompare with **chapter 2**.');
  expect(body.indexOf('> Bridges came later\n\n*yellow highlight · 2024-05-03 08:00 UTC*')).toBeGreaterThan(body.indexOf('> Rivers shape'));
  expect(body).toContain('## Notes\n\n### 2024-05-02 09:14 UTC (edited 2024-05-02 09:20 UTC)\n\nCheck the flood *maps* at https://example.org/floods');

  await app.chooseOnNextExport(join(work, 'rivers.jsonld'));
  await exportNotes(notes, 'JSON-LD');
  await expect(status).toHaveText('Notes exported to \u2068rivers.jsonld\u2069.');
  const collection = JSON.parse(read('rivers.jsonld'));
  expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 3 });
  expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
  const [first, second, third] = collection.first.items;
  expect(first).toEqual({
    id: 'urn:offprint:highlight:hl-rivers',
    type: 'Annotation',
    motivation: 'commenting',
    created: '2024-05-01T08:00:00.000Z',
    body: { type: 'TextualBody', value: 'Compare with **chapter 2**.', format: 'text/markdown', purpose: 'commenting' },
    target: {
      source: RIVERS.url,
      styleClass: 'green',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Rivers shape the cities', prefix: '', suffix: ' that grow b' },
        { type: 'TextPositionSelector', start: 0, end: 23 },
      ],
    },
  });
  expect(second).toMatchObject({ id: 'urn:offprint:highlight:hl-bridges', motivation: 'highlighting', target: { source: RIVERS.url, styleClass: 'yellow' } });
  expect(second.body).toBeUndefined();
  expect(second.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'Bridges came later' });
  expect(third).toEqual({
    id: 'urn:offprint:note:note-rivers',
    type: 'Annotation',
    motivation: 'commenting',
    created: '2024-05-02T09:14:00.000Z',
    modified: '2024-05-02T09:20:00.000Z',
    body: { type: 'TextualBody', value: 'Check the flood *maps* at https://example.org/floods', format: 'text/markdown', purpose: 'commenting' },
    target: { source: RIVERS.url },
  });

  // A Chinese article without a URL: its title stays itself in YAML, and it is targeted by its Offprint URN.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await openArticle(page, READING.title);
  await app.chooseOnNextExport(join(work, 'reading.md'));
  await exportNotes(notesRegion(page), 'Markdown');
  await expect(notesRegion(page).getByRole('status', { name: 'Notes export' })).toHaveText('Notes exported to \u2068reading.md\u2069.');
  expect(matter(read('reading.md')).data).toMatchObject({ title: '读书的方法', author: null, source: '人民日报', url: null, language: 'zh', tags: ['books'] });
});

test('the Notes view exports what its filter shows, as one Markdown file or one AnnotationCollection', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importAnnotatedBundle(app, work);
  await openNotesView(page);
  const status = page.getByRole('status', { name: 'Notes export' });

  await app.chooseOnNextExport(join(work, 'all.jsonld'));
  await exportNotes(page, 'JSON-LD');
  await expect(status).toHaveText('Notes exported to \u2068all.jsonld\u2069.');
  const all = JSON.parse(read('all.jsonld'));
  expect(all.total).toBe(5);
  expect(all.label).toBe('Offprint notes: All notes and highlights');
  expect(all.first.items.map((item: { id: string }) => item.id)).toEqual([
    'urn:offprint:highlight:hl-rivers',
    'urn:offprint:highlight:hl-bridges',
    'urn:offprint:note:note-rivers',
    'urn:offprint:highlight:hl-security',
    'urn:offprint:note:note-reading',
  ]);
  expect(all.first.items[3].target).toMatchObject({ source: `urn:offprint:article:${READING.id}`, styleClass: 'pink' });
  expect(all.first.items[3].body.value).toBe('重要的概念');

  await chooseOption(page.getByRole('group', { name: 'Filter notes' }).getByRole('combobox', { name: 'Tag' }), 'books');
  await app.chooseOnNextExport(join(work, 'books.md'));
  await exportNotes(page, 'Markdown');
  await expect(status).toHaveText('Notes exported to \u2068books.md\u2069.');
  const md = matter(read('books.md'));
  expect(md.data).toMatchObject({ title: 'Offprint notes', scope: 'Tag: books', articles: 1 });
  expect(Date.parse(md.data['exported'])).not.toBeNaN();
  expect(md.content).toContain('## 读书的方法\n\n- Source: 人民日报\n- Published: 2020-01-02');
  expect(md.content).toContain('### Highlights\n\n> 全球安全治理\n\n*pink highlight · 2024-03-01 08:00 UTC*\n\n重要的概念');
  expect(md.content).toContain('### Notes\n\n#### 2024-04-01 08:00 UTC\n\n这本书讨论了读书的方法');
  expect(md.content).not.toContain('Rivers');

  // Cancelling the save dialog writes nothing and says nothing.
  await app.chooseOnNextExport(null);
  await exportNotes(page, 'Markdown');
  await expect(page.getByRole('button', { name: 'Export notes…' })).toBeEnabled();
  await expect(status).toHaveText('');
});
