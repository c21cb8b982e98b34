import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseFiles, parsePaths } from '../../../../../src-main/services/import/import-sources';
import { fixture, importOne } from './import-test-helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('Markdown front matter', () => {
  it('reads the usual aliases: headline, authors (list and objects), published, link, publisher, keywords, categories, language', async () => {
    const { meta } = await importOne(fixture('markdown', 'article', 'aliases.md'));
    expect(meta).toMatchObject({
      title: 'Marginalia: Why Readers Write in Books',
      author: 'Ada Byron, Charles Babbage',
      source: 'The Reading Room',
      url: 'https://example.com/marginalia',
      publishedAt: '2019-11-05',
      language: 'en-GB',
      tags: ['essays', 'Books'],
      keywords: ['marginalia', 'annotation', 'history'],
    });
  });

  it('reads the plain names too, with tags as a comma string and a date written out', async () => {
    const markdown = [
      '---',
      'title: Field Notes',
      'author: Sam Reader',
      'date: September 28, 2017',
      'source: https://www.example.net/notes',
      'tags: walking, notebooks',
      'lang: fr',
      '---',
      '',
      'Une page de notes.',
    ].join('\n');
    const batch = await parseFiles([{ name: 'notes.md', bytes: encode(markdown) }]);
    expect(batch.articles[0]?.meta).toMatchObject({
      title: 'Field Notes',
      author: 'Sam Reader',
      publishedAt: '2017-09-28',
      // A source given as an address is named after its site, never kept as a URL.
      source: 'Example',
      url: 'https://www.example.net/notes',
      tags: ['walking', 'notebooks'],
      language: 'fr',
    });
    expect(batch.articles[0]?.body).toEqual({ format: 'markdown', content: 'Une page de notes.' });
  });

  it('removes an opening heading that repeats the title, so the reader does not show it twice', async () => {
    const article = await importOne(fixture('markdown', 'article', 'aliases.md'));
    expect(article.body.content).not.toMatch(/^# /m);
    expect(article.body.content.startsWith('Readers have written in the **margins**')).toBe(true);
  });

  it('takes the title from the first heading when there is no front matter, and removes it from the body', async () => {
    const article = await importOne(fixture('markdown', 'heading-title.md'));
    expect(article.meta.title).toBe('Reading in the Dark');
    expect(article.body.content).not.toContain('# Reading in the Dark');
    expect(article.text).toBe(
      "Some readers prefer a dark theme at night; others turn the screen's brightness down and keep the page white.\n\nDark themes reduce glare.\nWhite pages keep contrast.\n\nEither way, the words are the same.",
    );
  });

  it('falls back on the file name without a heading or front matter', async () => {
    expect((await importOne(fixture('markdown', 'no-title.md'))).meta.title).toBe('no-title');
  });

  it('reports broken front matter as a failure with a reason, not half an article', async () => {
    const batch = await parsePaths([fixture('markdown', 'broken-front-matter.md')]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures[0]?.reason).toMatch(/^The front matter .* could not be read/);
  });

  it('never runs JavaScript front matter', async () => {
    const batch = await parsePaths([fixture('markdown', 'js-front-matter.md')]);
    expect((globalThis as Record<string, unknown>)['__offprintFrontMatterRan']).toBeUndefined();
    expect(batch.articles).toEqual([]);
    expect(batch.failures[0]?.reason).toMatch(/only YAML, TOML or JSON front matter is read/);
  });
});

describe('Markdown images', () => {
  it('stores a relative image once as an asset and points the body (inline and by reference) at it', async () => {
    const article = await importOne(fixture('markdown', 'article', 'aliases.md'));
    const png = await readFile(fixture('markdown', 'article', 'images', 'figure.png'));
    expect(article.assets).toHaveLength(1);
    expect(article.assets[0]).toMatchObject({ name: 'figure.png', mediaType: 'image/png' });
    expect(Buffer.from(article.assets[0]?.bytes ?? []).equals(png)).toBe(true);
    expect(article.body.content).toContain('![A page with notes in the margin](asset:figure.png "Figure 1")');
    expect(article.body.content).toContain('[fig]: asset:figure.png');
  });

  it('leaves remote, missing and non-image references as written, and never fetches', async () => {
    const { body } = await importOne(fixture('markdown', 'article', 'aliases.md'));
    expect(body.content).toContain('![a remote photo](https://example.com/photo.jpg)');
    expect(body.content).toContain('![missing](images/missing.png)');
    expect(body.content).toContain('![not an image](images/notes.png)');
  });

  it("refuses an image path that leaves the article's folder, even though the file exists", async () => {
    const article = await importOne(fixture('markdown', 'article', 'aliases.md'));
    expect(article.body.content).toContain('![escape](../outside.png)');
    expect(article.assets.map((asset) => asset.name)).not.toContain('outside.png');
  });

  it('leaves code blocks untouched', async () => {
    const { body } = await importOne(fixture('markdown', 'article', 'aliases.md'));
    expect(body.content).toContain('```markdown\n![inside a code block](images/figure.png)\n```');
  });

  it('keeps relative images of a dropped file as written (there is no folder to read them from)', async () => {
    const bytes = await readFile(fixture('markdown', 'article', 'aliases.md'));
    const batch = await parseFiles([{ name: 'aliases.md', bytes: new Uint8Array(bytes) }]);
    expect(batch.articles[0]?.assets).toEqual([]);
    expect(batch.articles[0]?.body.content).toContain('(images/figure.png "Figure 1")');
  });

  it('stores a data: image as an asset', async () => {
    const png = await readFile(fixture('markdown', 'article', 'images', 'figure.png'));
    const markdown = `# Inline\n\n![chart](data:image/png;base64,${png.toString('base64')})\n`;
    const batch = await parseFiles([{ name: 'inline.md', bytes: encode(markdown) }]);
    const asset = batch.articles[0]?.assets[0];
    expect(asset?.mediaType).toBe('image/png');
    expect(batch.articles[0]?.body.content).toBe(`![chart](asset:${asset?.name})`);
  });
});

describe('hostile Markdown', () => {
  it('imports a long line of unclosed brackets, images and emphasis without freezing', async () => {
    const line = '![a [b _c **d '.repeat(20_000);
    const started = performance.now();
    const batch = await parseFiles([{ name: 'hostile.md', bytes: encode(`# Hostile\n\n${line}`) }]);
    expect(batch.articles[0]?.meta.title).toBe('Hostile');
    // Unbounded patterns took minutes on this input; bounded ones take well under a second.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('Jekyll and Hugo posts', () => {
  it('take their date from the file name when the front matter has none, and never show Liquid or MDX raw', async () => {
    const markdown = [
      '---',
      'title: "Jekyll 3.0.5 Released"',
      'keywords: release; jekyll',
      '---',
      '',
      '## What changed {/*what-changed*/}',
      '',
      'File bugs at [GitHub]({{ site.repository }}/issues).',
      '',
      '{% include note.html %}',
      '',
      'Thanks to everyone.',
    ].join('\n');
    const batch = await parseFiles([{ name: '2016-04-19-jekyll-3-0-5-released.markdown', bytes: encode(markdown) }]);
    const article = batch.articles[0];
    expect(article?.meta).toMatchObject({ title: 'Jekyll 3.0.5 Released', publishedAt: '2016-04-19', tags: [], keywords: ['release', 'jekyll'] });
    expect(article?.body.content).toBe('## What changed\n\nFile bugs at [GitHub](/issues).\n\nThanks to everyone.');
    expect(article?.text).not.toMatch(/[{}%]/);
  });

  it('keep the date of their front matter over the file name', async () => {
    const markdown = '---\ntitle: Later\ndate: 2017-01-02\n---\n\nText.';
    const batch = await parseFiles([{ name: '2016-04-19-later.md', bytes: encode(markdown) }]);
    expect(batch.articles[0]?.meta.publishedAt).toBe('2017-01-02');
  });
});
