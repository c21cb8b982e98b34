import { describe, expect, it } from 'vitest';
import { parseFiles, parsePaths } from '../../../../../src-main/services/import/import-sources';
import { fixture, importOne } from './import-test-helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('TOML front matter (between +++ lines)', () => {
  it('reads title, authors, date, source, url, tags and language, and leaves the block out of the body', async () => {
    const article = await importOne(fixture('markdown', 'toml-front-matter.md'));
    expect(article.meta).toMatchObject({
      title: 'Night Trains and Paper Books',
      author: 'Mina Okafor, Lars Berg',
      // 23:30 in Chicago is already the 29th in UTC: the date stays the one the article was published on, there.
      publishedAt: '2017-09-28',
      source: 'The Sleeper Review',
      url: 'https://sleeper.example/night-trains',
      tags: ['trains', 'reading'],
      language: 'en',
    });
    expect(article.body.content).toMatch(/^On the night train from Chicago/);
    expect(article.body.content).not.toMatch(/\+\+\+|series|Slow Travel|^# /m);
  });

  it('reads the same aliases as YAML: headline, creator, published, link, publisher, keywords, categories, submitted', async () => {
    const { meta } = await importOne(fixture('markdown', 'toml-aliases.md'));
    expect(meta).toMatchObject({
      title: 'The Index Card Method',
      author: 'Ruth Alvarez',
      publishedAt: '2019-11-05',
      submittedAt: '2019-11-07',
      url: 'https://example.org/index-cards',
      source: 'Notebook Quarterly',
      tags: ['Essays'],
      keywords: ['index cards', 'notes', 'method'],
      language: 'en-GB',
    });
  });

  it('reads TOML front matter in a file with Windows line endings', async () => {
    const markdown = '+++\r\ntitle = "Carriage Return"\r\ndate = 2020-02-29\r\n+++\r\n\r\nA body line.\r\n';
    const batch = await parseFiles([{ name: 'crlf.md', bytes: encode(markdown) }]);
    expect(batch.articles[0]?.meta).toMatchObject({ title: 'Carriage Return', publishedAt: '2020-02-29' });
    expect(batch.articles[0]?.text).toBe('A body line.');
  });

  it('reports broken TOML as a failure naming the +++ block, not half an article', async () => {
    const batch = await parsePaths([fixture('markdown', 'broken-toml.md')]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures[0]?.reason).toMatch(/^The front matter \(the block between the \+\+\+ lines at the top\) could not be read: Invalid TOML document/);
  });

  it('keeps a YAML date with a time zone on the day it was written, not the day in UTC', async () => {
    const markdown = '---\ntitle: Late Edition\ndate: 2017-09-28T23:30:00-05:00\nsubmitted: "2017-10-01T01:00:00+09:00"\n---\n\nText.';
    const batch = await parseFiles([{ name: 'late.md', bytes: encode(markdown) }]);
    expect(batch.articles[0]?.meta).toMatchObject({ publishedAt: '2017-09-28', submittedAt: '2017-10-01' });
  });
});
