import { describe, expect, it } from 'vitest';
import {
  changedDetails,
  checkDraft,
  draftOf,
  keepEditedDetails,
  languageChoices,
  marksAfterEdit,
  type ArticleDetails,
  type DetailsDraft,
} from '../../../../src-shared/article/article-details';

const stored: ArticleDetails = {
  title: 'Lucas Nolan22 Dec 2016651 - BBC News',
  author: 'Follow Author',
  source: 'http://www.bbc.co.uk',
  url: 'https://www.bbc.co.uk/news/a',
  publishedAt: '2016-12-22T10:30:00Z',
  language: 'en_GB',
};

function draft(change: Partial<DetailsDraft> = {}): DetailsDraft {
  return { ...draftOf(stored), ...change };
}

describe('the Edit details form', () => {
  it('starts from the stored details: authors one per comma, the day of the date, a canonical language tag', () => {
    expect(draftOf({ ...stored, author: 'Ann Lee、Bo Chen' })).toEqual({
      title: stored.title,
      author: 'Ann Lee, Bo Chen',
      source: 'http://www.bbc.co.uk',
      url: 'https://www.bbc.co.uk/news/a',
      publishedAt: '2016-12-22',
      language: 'en-GB',
    });
    expect(draftOf({ title: 'T', author: null, source: null, url: null, publishedAt: null, language: null })).toEqual({
      title: 'T', author: '', source: '', url: '', publishedAt: '', language: '',
    });
  });

  it('normalises what was typed: one-line title and source, split and rejoined authors, empty fields as none', () => {
    const check = checkDraft(draft({ title: '  Lucas\n Nolan  ', author: ' Ann Lee ;Bo Chen,, Ann Lee ', source: '  BBC   News ', url: '', publishedAt: '', language: '' }));
    expect(check).toEqual({
      ok: true,
      details: { title: 'Lucas Nolan', author: 'Ann Lee, Bo Chen', source: 'BBC News', url: null, publishedAt: null, language: null },
    });
  });

  it('refuses an empty title, an address that is not http(s), an impossible date and an unknown language, each with its error', () => {
    expect(checkDraft(draft({ title: ' \n ', url: 'javascript:alert(1)', publishedAt: '2023-02-30', language: 'not a language' }))).toEqual({
      ok: false,
      errors: { title: 'titleEmpty', url: 'urlNotWeb', publishedAt: 'dateInvalid', language: 'languageUnknown' },
    });
    for (const url of ['ftp://example.org/a', 'file:///etc/passwd', 'example.org/a', 'mailto:a@example.org']) {
      expect(checkDraft(draft({ url }))).toEqual({ ok: false, errors: { url: 'urlNotWeb' } });
    }
    expect(checkDraft(draft({ publishedAt: '22/12/2016' }))).toEqual({ ok: false, errors: { publishedAt: 'dateInvalid' } });
  });

  it('accepts http and https addresses, leap days, and a language written as a name', () => {
    const check = checkDraft(draft({ url: ' http://example.org/a ', publishedAt: '2024-02-29', language: 'Deutsch' }));
    expect(check).toMatchObject({ ok: true, details: { url: 'http://example.org/a', publishedAt: '2024-02-29', language: 'de' } });
  });

  it('changes only what differs: the unchanged day keeps its time, en_GB is still en-GB', () => {
    const check = checkDraft(draft({ title: 'Lucas Nolan', author: 'Lucas Nolan', source: 'BBC News' }));
    if (!check.ok) throw new Error('the draft should be valid');
    expect(changedDetails(stored, check.details)).toEqual({ title: 'Lucas Nolan', author: 'Lucas Nolan', source: 'BBC News' });
    const dated = checkDraft(draft({ publishedAt: '2016-12-21' }));
    if (!dated.ok) throw new Error('the draft should be valid');
    expect(changedDetails(stored, dated.details)).toEqual({ publishedAt: '2016-12-21' });
  });
});

describe('edit marks', () => {
  const now = new Date('2026-01-02T03:04:05Z');

  it('marks the changed fields as the person’s and keeps the values they had as the file’s', () => {
    const marks = marksAfterEdit(stored, { title: 'Lucas Nolan', author: null }, now);
    expect(marks).toEqual({
      editedAt: now.toISOString(),
      editedFields: ['title', 'author'],
      fromFile: { title: stored.title, author: 'Follow Author' },
    });
    // A second edit of the title keeps the file's title, not the first correction.
    const again = marksAfterEdit({ ...stored, title: 'Lucas Nolan', author: null, ...marks }, { title: 'L. Nolan' }, now);
    expect(again.fromFile).toEqual({ title: stored.title, author: 'Follow Author' });
  });

  it('gives a field back to the file when it is set to exactly the file’s value', () => {
    const marks = marksAfterEdit(stored, { title: 'Lucas Nolan' }, now);
    const back = marksAfterEdit({ ...stored, title: 'Lucas Nolan', ...marks }, { title: stored.title }, now);
    expect(back).toEqual({ editedAt: now.toISOString(), editedFields: [], fromFile: {} });
  });

  it('keeps the corrected fields over a re-import, with the file’s new values aside, and takes the rest from the file', () => {
    const existing = { ...stored, title: 'Lucas Nolan', editedAt: now.toISOString(), editedFields: ['title' as const], fromFile: { title: stored.title } };
    const incoming = { ...stored, title: 'Lucas Nolan22 Dec 2016651 - BBC News (updated)', source: 'BBC', wordCount: 10 };
    expect(keepEditedDetails(incoming, existing)).toEqual({
      ...incoming,
      title: 'Lucas Nolan',
      editedAt: now.toISOString(),
      editedFields: ['title'],
      fromFile: { title: 'Lucas Nolan22 Dec 2016651 - BBC News (updated)' },
    });
    expect(keepEditedDetails(incoming, { ...stored })).toBe(incoming);
    expect(keepEditedDetails(incoming, undefined)).toBe(incoming);
  });

  it('over a bundle’s own corrections: the library’s stay, the bundle’s others are the person’s, what the file said kept aside', () => {
    const existing = {
      ...stored,
      title: 'Lucas Nolan',
      editedAt: '2026-02-01T00:00:00.000Z',
      editedFields: ['title' as const],
      fromFile: { title: stored.title },
    };
    const fromBundle = {
      ...stored,
      title: 'Lucas Nolan, bundle copy',
      author: null,
      editedAt: '2026-03-01T00:00:00.000Z',
      editedFields: ['title' as const, 'author' as const],
      fromFile: { title: 'The bundle’s file title', author: 'Follow Author' },
    };
    expect(keepEditedDetails(fromBundle, existing)).toEqual({
      ...fromBundle,
      title: 'Lucas Nolan',
      author: null,
      editedAt: '2026-03-01T00:00:00.000Z',
      editedFields: ['title', 'author'],
      fromFile: { title: 'The bundle’s file title', author: 'Follow Author' },
    });
    // Without corrections in the library, the bundle's are taken as they are.
    expect(keepEditedDetails(fromBundle, { ...stored })).toBe(fromBundle);
  });
});

describe('the language list', () => {
  it('offers the common languages and the library’s own, canonical and each once, keeping regions', () => {
    const choices = languageChoices(['en_GB', 'en-gb', 'pt-BR', 'und', null, 'xx yy']);
    expect(choices).toContain('en');
    expect(choices).toContain('zh-Hant');
    expect(choices.filter((tag) => tag === 'en-GB')).toHaveLength(1);
    expect(choices).toContain('pt-BR');
    expect(choices).not.toContain('und');
    expect(choices.every((tag) => checkDraft(draft({ language: tag })).ok)).toBe(true);
  });
});
