/** The Markdown export: front matter that YAML readers (gray-matter) read back field by field, quotes in order. */
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import {
  buildArticleMarkdown,
  buildLibraryMarkdown,
  escapeMarkdownText,
} from '../../../../src-shared/notes-export/markdown-export';
import { yamlString } from '../../../../src-shared/notes-export/yaml-scalar';
import { annotated, article } from './fixtures';

describe('YAML strings', () => {
  it.each([
    'Rivers: a "short" history #1',
    "People's Daily",
    '人民日报：全球安全治理的“中国方案”',
    'yes',
    'null',
    '- a list?',
    '{ not: a map }',
    'back\\slash and tab\t',
    'line\nbreak',
    'odd \u2028 separator \u0085 and \u007f',
    '',
  ])('%j reads back as the same string', (value) => {
    const parsed = matter(`---\nvalue: ${yamlString(value)}\n---\n`);
    expect(parsed.data['value']).toBe(value);
  });
});

describe('one article as Markdown', () => {
  const text = buildArticleMarkdown(annotated());
  const { data, content } = matter(text);

  it('starts with front matter holding the metadata', () => {
    expect(text.startsWith('---\ntitle: "Rivers: a \\"short\\" history #1"\n')).toBe(true);
    expect(data).toEqual({
      title: 'Rivers: a "short" history #1',
      author: 'Reader, Ada',
      source: "People's Daily",
      url: 'https://example.org/rivers',
      published: '2017-09-28',
      added: '2024-04-30T10:00:00.000Z',
      tags: ['water', 'open access'],
      language: 'en',
    });
  });

  it('keeps missing metadata as null and Chinese text as it is', () => {
    const chinese = { ...annotated(), article: article({ title: '读书：一个“问题”', author: null, url: null, tags: [], language: 'zh' }) };
    const parsed = matter(buildArticleMarkdown(chinese)).data;
    expect(parsed).toMatchObject({ title: '读书：一个“问题”', author: null, url: null, tags: [], language: 'zh' });
  });

  it('gives the title, then highlights in document order as quotes with colour, date and note', () => {
    const lines = content.trim().split('\n');
    expect(lines[0]).toBe('# Rivers: a "short" history \\#1');
    const first = content.indexOf('> Rivers shape\n> cities');
    const second = content.indexOf('> the second \\*passage\\*');
    expect(first).toBeGreaterThan(content.indexOf('## Highlights'));
    expect(second).toBeGreaterThan(first);
    expect(content).toContain('*yellow highlight · 2024-05-03 08:00 UTC*');
    expect(content).toContain('*green highlight · 2024-05-01 08:00 UTC · edited 2024-05-02 09:30 UTC*\n\nCompare with **chapter 2**.');
  });

  it('then the notes, oldest first, with their dates', () => {
    const notes = content.slice(content.indexOf('## Notes'));
    expect(content.indexOf('## Notes')).toBeGreaterThan(content.indexOf('> the second'));
    expect(notes).toContain('### 2024-05-01 07:00 UTC (edited 2024-05-01 07:20 UTC)\n\nFirst note, *edited*.');
    expect(notes.indexOf('First note')).toBeLessThan(notes.indexOf('### 2024-05-04 12:00 UTC\n\nLater note.'));
  });

  it('says so when there is nothing to export', () => {
    expect(buildArticleMarkdown({ article: article(), notes: [], highlights: [] })).toContain('*No highlights or notes.*');
  });
});

describe('the library as one Markdown file', () => {
  const other = { article: article({ id: 'a2', title: '读书', url: null, author: null }), notes: annotated().notes.slice(0, 1), highlights: [] };
  const text = buildLibraryMarkdown([annotated(), other], { exportedAt: '2024-06-01T10:00:00.000Z', scope: 'Colour: green' });
  const { data, content } = matter(text);

  it('describes the export in its front matter', () => {
    expect(data).toEqual({ title: 'Offprint notes', exported: '2024-06-01T10:00:00.000Z', scope: 'Colour: green', articles: 2 });
  });

  it('has one section per article, in the order given, with its metadata and annotations', () => {
    const a = content.indexOf('## Rivers: a "short" history \\#1');
    const b = content.indexOf('## 读书');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(content.slice(a, b)).toContain('- Author: Reader, Ada\n- Source: People\'s Daily\n- URL: <https://example.org/rivers>');
    expect(content.slice(a, b)).toContain('### Highlights');
    expect(content.slice(b)).toContain('### Notes\n\n#### 2024-05-04 12:00 UTC\n\nLater note.');
  });
});

describe('quoted article text stays text', () => {
  it.each([
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[a link](https://x)', '\\[a link\\](https://x)'],
    ['- not a list', '\\- not a list'],
    ['12. not a list', '12\\. not a list'],
    ['# not a heading', '\\# not a heading'],
    ['读书的方法', '读书的方法'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});
