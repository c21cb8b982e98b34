/**
 * A bundle that is wrong says where and why: the manifest (missing, not a bundle, a newer version), and each
 * article folder checked against the schema (`Library.offprint › articles/0007/article.json: title is missing`).
 * A bad article is left out whole; the good ones come through.
 */
import { describe, expect, it } from 'vitest';
import type { ImportFailure } from '../../../../../src-shared/contract';
import { bundleArticleToParsed, readArchive } from '../../../../../src-main/services/bundle';
import { PNG } from './support/articles';
import { articleEntries, buildZip, manifestEntry, type RawEntry } from './support/zip-builder';

const NAME = 'Library.offprint';

/** Every failure of reading the bundle and then each of its articles, and the titles that came through. */
function importBundle(entries: RawEntry[], name = NAME): { titles: string[]; failures: ImportFailure[] } {
  const contents = readArchive(buildZip(entries), name);
  const failures = [...contents.failures];
  const titles: string[] = [];
  for (const unit of contents.kind === 'bundle' ? contents.articles : []) {
    const outcome = bundleArticleToParsed(unit);
    if ('article' in outcome) titles.push(outcome.article.meta.title);
    else failures.push(outcome.failure);
  }
  return { titles, failures };
}

const good = articleEntries('0001');

describe('the manifest', () => {
  it('a .offprint without manifest.json is not a bundle', () => {
    expect(importBundle(good)).toMatchObject({
      titles: [],
      failures: [{ path: NAME, reason: 'The bundle has no manifest.json: it is not an Offprint bundle, or it is damaged.' }],
    });
  });

  it('a bundle of a newer major version is refused, saying so', () => {
    expect(importBundle([manifestEntry(1, { version: 2 }), ...good]).failures).toMatchObject([
      {
        path: `${NAME} › manifest.json`,
        reason: 'the bundle was made by a newer Offprint (format version 2; this Offprint reads version 1). Update Offprint to import it',
      },
    ]);
  });

  it('names what is wrong with a manifest', () => {
    const broken = { name: 'manifest.json', data: JSON.stringify({ format: 'offprint-bundle', version: 1, created: 'yesterday', articleCount: 1 }) };
    expect(importBundle([broken, ...good]).failures).toMatchObject([
      {
        path: `${NAME} › manifest.json`,
        reason: 'title is missing; created must be an ISO 8601 timestamp with a time zone (2024-05-01T09:30:00Z)',
      },
    ]);
    expect(importBundle([{ name: 'manifest.json', data: '{ not json' }, ...good]).failures[0]?.reason).toMatch(/^the file is not valid JSON \(/);
  });

  it('a .zip is a bundle when its manifest says so, and a plain zip otherwise', () => {
    expect(readArchive(buildZip([manifestEntry(1), ...good]), 'export.zip').kind).toBe('bundle');
    expect(readArchive(buildZip([{ name: 'manifest.json', data: '{"name":"an extension"}' }, ...good]), 'other.zip').kind).toBe('zip');
  });

  it('says when the bundle holds fewer articles than its manifest counts', () => {
    expect(importBundle([manifestEntry(3), ...good])).toMatchObject({
      titles: ['Article 0001'],
      failures: [{ path: `${NAME} › manifest.json`, reason: 'manifest.json gives the number of articles as 3, but the bundle holds 1: it may be incomplete', code: 'bundleCountMismatch' }],
    });
  });
});

describe('article folders', () => {
  const cases: [string, RawEntry[], ImportFailure][] = [
    [
      'a missing title',
      [{ name: 'articles/0007/article.json', data: '{"id":"0007"}' }, { name: 'articles/0007/body.txt', data: 'Text.' }],
      { path: `${NAME} › articles/0007/article.json`, reason: 'title is missing' },
    ],
    [
      'wrong types and formats',
      articleEntries('0007', { tags: 'history', publishedAt: '28/09/2017', language: 'English (UK)' }),
      {
        path: `${NAME} › articles/0007/article.json`,
        reason:
          'publishedAt must be an ISO 8601 date or timestamp (2017-09-28 or 2017-09-28T08:30:00Z), or null; ' +
          'language must be a BCP 47 language tag (en, zh-CN), or null; tags must be a list',
      },
    ],
    [
      'an id that is not its folder',
      articleEntries('0007', { id: '0008' }),
      { path: `${NAME} › articles/0007/article.json`, reason: 'id (0008) is not the name of its folder (0007)' },
    ],
    [
      'no article.json',
      [{ name: 'articles/0007/body.md', data: 'Text.' }],
      { path: `${NAME} › articles/0007`, reason: 'the article has no article.json' },
    ],
    [
      'no body',
      [{ name: 'articles/0007/article.json', data: '{"id":"0007","title":"T"}' }],
      { path: `${NAME} › articles/0007`, reason: 'the article has no body (body.md, body.html, body.txt)' },
    ],
    [
      'two bodies',
      [...articleEntries('0007'), { name: 'articles/0007/body.txt', data: 'Other.' }],
      { path: `${NAME} › articles/0007`, reason: 'the article has more than one body file (body.md, body.txt)' },
    ],
    [
      'a body of an unknown format',
      articleEntries('0007', {}, { file: 'body.pdf', content: '%PDF' }),
      { path: `${NAME} › articles/0007/body.pdf`, reason: 'the body file must be one of body.md, body.html, body.txt' },
    ],
    [
      'a body that is not UTF-8',
      [...articleEntries('0007').slice(0, 1), { name: 'articles/0007/body.txt', data: new Uint8Array([0x61, 0xff, 0xfe, 0x62]) }],
      { path: `${NAME} › articles/0007/body.txt`, reason: 'the file is not UTF-8 text' },
    ],
    [
      'an empty body',
      articleEntries('0007', {}, { content: '  \n\n ' }),
      { path: `${NAME} › articles/0007/body.md`, reason: 'the body is empty' },
    ],
    [
      'an asset that is not an image',
      [...articleEntries('0007'), { name: 'articles/0007/assets/photo.png', data: 'MZ executable' }],
      { path: `${NAME} › articles/0007/assets/photo.png`, reason: expect.stringMatching(/^the asset is not an image Offprint can show/) },
    ],
    [
      'an original.pdf that is not a PDF',
      [...articleEntries('0007'), { name: 'articles/0007/assets/original.pdf', data: 'MZ executable' }],
      { path: `${NAME} › articles/0007/assets/original.pdf`, reason: expect.stringMatching(/^the asset is not an image Offprint can show/) },
    ],
    [
      'an asset in a sub-folder',
      [...articleEntries('0007'), { name: 'articles/0007/assets/sub/photo.png', data: PNG, method: 0 }],
      { path: `${NAME} › articles/0007/assets/sub/photo.png`, reason: expect.stringMatching(/^an asset name must be a plain file name/) },
    ],
    [
      'malformed annotations',
      [...articleEntries('0007'), { name: 'articles/0007/annotations.json', data: '{"notes":[{"id":"n","body":""}],"highlights":[]}' }],
      { path: `${NAME} › articles/0007/annotations.json`, reason: 'notes[0].createdAt is missing; notes[0].updatedAt is missing; notes[0].body is empty' },
    ],
    [
      'an invalid folder name',
      [{ name: 'articles/bad id!/article.json', data: '{}' }],
      { path: `${NAME} › articles/bad id!`, reason: expect.stringMatching(/^the folder name is not a valid article id/) },
    ],
  ];

  it.each(cases)('%s: named with the file and the reason; the good article still comes through', (_label, entries, failure) => {
    expect(importBundle([manifestEntry(2), ...good, ...entries])).toMatchObject({ titles: ['Article 0001'], failures: [failure] });
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', '//host/share', '\\\\host\\share', 'https://host\\share', 'irc://irc.example.org/x', 'https://'])(
    'an article whose url is %s is refused, saying a web address is required',
    (url) => {
      expect(importBundle([manifestEntry(2), ...good, ...articleEntries('0002', { url })])).toMatchObject({
        titles: ['Article 0001'],
        failures: [
          {
            path: `${NAME} › articles/0002/article.json`,
            reason: expect.stringMatching(/^url must be the article's canonical web address \(an absolute http or https URL/),
          },
        ],
      });
    },
  );

  it('keeps a web address as the article’s url', () => {
    const contents = readArchive(buildZip([manifestEntry(1), ...articleEntries('0002', { url: 'https://example.org/a?b#c' })]), NAME);
    const outcome = contents.kind === 'bundle' && contents.articles[0] ? bundleArticleToParsed(contents.articles[0]) : null;
    expect(outcome && 'article' in outcome && outcome.article.meta.url).toBe('https://example.org/a?b#c');
  });

  it('ignores files it does not know, inside and outside article folders', () => {
    const extra = [{ name: 'README.txt', data: 'Made by hand.' }, { name: 'articles/0001/thumbnail.bin', data: 'x' }];
    expect(importBundle([manifestEntry(1), ...good, ...extra])).toEqual({ titles: ['Article 0001'], failures: [] });
  });

  it('reads a minimal hand-made article: id, title and a text body', () => {
    const contents = readArchive(buildZip([manifestEntry(1), ...articleEntries('x1', {}, { file: 'body.txt', content: 'One.\n\nTwo.' })]), NAME);
    const outcome = contents.kind === 'bundle' && contents.articles[0] ? bundleArticleToParsed(contents.articles[0]) : null;
    expect(outcome && 'article' in outcome && outcome.article).toMatchObject({
      meta: { title: 'Article x1', identifier: 'x1', author: null, tags: [], publishedAt: null, wordCount: 2, originalName: 'x1.txt' },
      body: { format: 'text', content: 'One.\n\nTwo.' },
      text: 'One.\n\nTwo.',
      assets: [],
    });
  });
});
