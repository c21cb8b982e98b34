import { describe, expect, it } from 'vitest';
import { bulkUpdateOf, checkBulkDraft, EMPTY_BULK_DRAFT, type BulkDraft } from '../../../../src-shared/article/bulk-details';
import type { ArticleRecord } from '../../../../src-shared/contract';

const NOW = new Date('2026-03-01T12:00:00Z');

function draft(change: Partial<BulkDraft>): BulkDraft {
  return { ...EMPTY_BULK_DRAFT, ...change };
}

const record: ArticleRecord = {
  id: 'a1',
  addedAt: '2026-01-01T00:00:00.000Z',
  title: 'Jekyll 3.0.5 Released',
  author: 'Written by Parker Moore',
  source: 'http://jekyllrb.com',
  url: 'https://jekyllrb.com/news/a',
  publishedAt: '2016-04-19T10:00:00Z',
  submittedAt: null,
  language: 'en',
  tags: ['jekyll', 'release'],
  wordCount: 10,
  contentHash: 'h',
  keywords: [],
  originalName: 'a.html',
};

describe('the Edit details form for a selection', () => {
  it('refuses an empty form: nothing would change', () => {
    expect(checkBulkDraft(EMPTY_BULK_DRAFT)).toEqual({ ok: false, errors: { form: 'nothingToChange' } });
    expect(checkBulkDraft(draft({ author: ' , ; ', source: '   ' }))).toEqual({ ok: false, errors: { form: 'nothingToChange' } });
  });

  it('writes authors and the source as the library stores them, the language as a canonical tag', () => {
    expect(checkBulkDraft(draft({ author: 'Parker Moore;  Jordon  Bedwell、Parker Moore', source: '  Jekyll\n blog ', language: 'en_gb' }))).toEqual({
      ok: true,
      change: { details: { author: 'Parker Moore, Jordon Bedwell', source: 'Jekyll blog', language: 'en-GB' }, addTags: [], removeTags: [] },
    });
  });

  it('says which field is wrong: a language that is no language, a tag longer than 64 characters', () => {
    expect(checkBulkDraft(draft({ language: 'not a language!', addTags: `ok, ${'x'.repeat(65)}` }))).toEqual({
      ok: false,
      errors: { language: 'languageUnknown', addTags: 'tagTooLong' },
    });
  });

  it('clears a detail marked Clear (what is typed in it is not used), which is not leaving it as it is', () => {
    expect(checkBulkDraft(draft({ author: 'Juno Park', clear: ['author', 'source', 'language'], language: 'de' }))).toEqual({
      ok: true,
      change: { details: { author: null, source: null, language: null }, addTags: [], removeTags: [] },
    });
    expect(checkBulkDraft(draft({ clear: ['language'], language: 'not a language!' }))).toEqual({
      ok: true,
      change: { details: { language: null }, addTags: [], removeTags: [] },
    });
  });

  it('splits tags to add at commas, each once; a tag both added and removed is added', () => {
    expect(checkBulkDraft(draft({ addTags: 'rivers, 河流，rivers', removeTags: ['rivers', 'old'] }))).toEqual({
      ok: true,
      change: { details: {}, addTags: ['rivers', '河流'], removeTags: ['old'] },
    });
  });
});

describe('what a selection edit writes on one article', () => {
  it('takes a cleared detail off, the file’s value kept aside; an article without it is left alone', () => {
    expect(bulkUpdateOf(record, { details: { source: null }, addTags: [], removeTags: [] }, [], NOW)).toEqual({
      source: null,
      editedAt: NOW.toISOString(),
      editedFields: ['source'],
      fromFile: { source: 'http://jekyllrb.com' },
    });
    expect(bulkUpdateOf({ ...record, source: null }, { details: { source: null }, addTags: [], removeTags: [] }, [], NOW)).toBeNull();
  });

  it('sets the details that differ, marked as the person’s with the file’s values aside, and leaves the date alone', () => {
    expect(bulkUpdateOf(record, { details: { author: 'Parker Moore', source: 'Jekyll', language: 'en' }, addTags: [], removeTags: [] }, [], NOW)).toEqual({
      author: 'Parker Moore',
      source: 'Jekyll',
      editedAt: NOW.toISOString(),
      editedFields: ['author', 'source'],
      fromFile: { author: 'Written by Parker Moore', source: 'http://jekyllrb.com' },
    });
  });

  it('adds and removes tags, in the article’s order, without touching the details or their marks', () => {
    expect(bulkUpdateOf(record, { details: {}, addTags: ['Rivers'], removeTags: ['jekyll'] }, ['rivers'], NOW)).toEqual({ tags: ['release', 'rivers'] });
  });

  it('changes nothing on an article that has it all already', () => {
    expect(bulkUpdateOf(record, { details: { language: 'en' }, addTags: ['jekyll'], removeTags: ['absent'] }, ['jekyll'], NOW)).toBeNull();
  });
});
