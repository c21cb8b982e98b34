/**
 * A notes export is written in the interface language around the reader's own words: headings, the line under each
 * quote and the metadata labels follow the locale; the article's title, quotes, notes and tags, and the front
 * matter's keys (which tools read), stay as they are.
 */
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src-shared/i18n';
import { buildArticleMarkdown, buildLibraryMarkdown } from '../../../../../src-shared/notes-export/markdown-export';
import { exportWords } from '../../../../../src-renderer/src/features/annotations/export/save-export';
import { annotated } from '../../../shared/notes-export/fixtures';

function wordsIn(locale: 'de' | 'zh-Hans' | 'en') {
  return exportWords(createI18n(locale).getFixedT(locale, 'annotations'));
}

describe('the words of a notes export', () => {
  it('are German in German, around the article text that stays as it is', () => {
    const entry = annotated();
    const text = buildArticleMarkdown(entry, wordsIn('de'));
    expect(text).toContain('## Markierungen');
    expect(text).toContain('## Notizen');
    expect(text).toContain('*Markierung (Gelb) · 2024-05-03 08:00 UTC*');
    expect(text).toContain('bearbeitet 2024-05-02 09:30 UTC');
    expect(text).not.toMatch(/## Highlights|yellow highlight/);
    // The front matter keeps its keys and the article's values.
    const { data } = matter(text);
    expect(data['title']).toBe(entry.article.title);
    expect(data['tags']).toEqual(entry.article.tags);
  });

  it('label the metadata of a several-article export in Chinese, and title it', () => {
    const text = buildLibraryMarkdown([annotated()], { exportedAt: '2024-06-01T10:00:00.000Z', scope: '全部', words: wordsIn('zh-Hans') });
    expect(text).toContain('# Offprint 笔记');
    expect(text).toContain('- 作者: Reader, Ada');
    expect(text).toContain('### 高亮');
    expect(matter(text).data['title']).toBe('Offprint 笔记');
  });

  it('in English are the words the export always had', () => {
    const entry = annotated();
    expect(buildArticleMarkdown(entry, wordsIn('en'))).toBe(buildArticleMarkdown(entry));
  });
});
