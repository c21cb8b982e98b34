/** An annotated article for the export tests: a title that YAML would misread unquoted, two highlights, two notes. */
import type { AnnotatedArticle } from '../../../../src-shared/notes-export/annotated-article';
import type { ArticleRecord } from '../../../../src-renderer/src/data/database';

export function article(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a1',
    title: 'Rivers: a "short" history #1',
    author: 'Reader, Ada',
    source: "People's Daily",
    url: 'https://example.org/rivers',
    publishedAt: '2017-09-28',
    submittedAt: null,
    language: 'en',
    tags: ['water', 'open access'],
    wordCount: 100,
    contentHash: 'h',
    keywords: [],
    originalName: 'rivers.md',
    addedAt: '2024-04-30T10:00:00.000Z',
    ...over,
  };
}

export function annotated(): AnnotatedArticle {
  return {
    article: article(),
    highlights: [
      {
        id: 'h2',
        articleId: 'a1',
        color: 'green',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'the second *passage*', prefix: 'then ', suffix: ' ends' },
          { type: 'TextPositionSelector', start: 500, end: 520 },
        ],
        note: 'Compare with **chapter 2**.',
        createdAt: '2024-05-01T08:00:00.000Z',
        updatedAt: '2024-05-02T09:30:00.000Z',
      },
      {
        id: 'h1',
        articleId: 'a1',
        color: 'magenta',
        selectors: [
          { type: 'TextPositionSelector', start: 10, end: 30 },
          { type: 'TextQuoteSelector', exact: 'Rivers shape\ncities', prefix: 'How ', suffix: '.' },
        ],
        note: null,
        createdAt: '2024-05-03T08:00:00.000Z',
      },
    ],
    notes: [
      { id: 'n2', articleId: 'a1', body: 'Later note.', createdAt: '2024-05-04T12:00:00.000Z', updatedAt: '2024-05-04T12:00:00.000Z' },
      { id: 'n1', articleId: 'a1', body: 'First note, *edited*.', createdAt: '2024-05-01T07:00:00.000Z', updatedAt: '2024-05-01T07:20:00.000Z' },
    ],
  };
}
