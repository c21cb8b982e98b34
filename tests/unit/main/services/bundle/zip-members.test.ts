/**
 * A plain zip is imported file by file with the ordinary importers, like a folder: what a folder import skips is
 * skipped, unsupported files are named, and relative images resolve inside the zip against the member's folder,
 * never outside it.
 */
import { describe, expect, it } from 'vitest';
import type { ZipMemberUnit } from '../../../../../src-main/services/bundle';
import { importZipMember, readArchive } from '../../../../../src-main/services/bundle';
import { PNG } from './support/articles';
import { buildZip, type RawEntry } from './support/zip-builder';

const ZIP = 'Reading list.zip';

function members(entries: RawEntry[]): ZipMemberUnit[] {
  const contents = readArchive(buildZip(entries), ZIP);
  if (contents.kind !== 'zip') throw new Error(`expected a plain zip, got ${contents.kind}`);
  return contents.members;
}

describe('plain zip members', () => {
  it('lists the files a folder import would take, and skips the rest', () => {
    const found = members([
      { name: 'essays/', data: '' },
      { name: 'essays/one.md', data: '# One\n\nText.' },
      { name: 'essays/page.html', data: '<p>Page</p>' },
      { name: 'essays/page_files/frame.html', data: '<p>frame</p>' },
      { name: 'essays/style.css', data: 'p{}' },
      { name: 'essays/figure.png', data: PNG, method: 0 },
      { name: '.hidden.md', data: 'x' },
      { name: '__MACOSX/essays/._one.md', data: 'x' },
      { name: 'Thumbs.db', data: 'x' },
      { name: 'report.docx', data: 'PK' },
    ]);
    expect(found.map((m) => m.path)).toEqual(['essays/one.md', 'essays/page.html', 'report.docx']);
  });

  it('imports a Markdown member with its images from the member’s folder, as assets', async () => {
    const [member] = members([
      { name: 'essays/rivers.md', data: '---\ntitle: Rivers\nauthor: Ada\n---\n\nText about rivers.\n\n![Figure](images/figure.png)\n![Up](../outside.png)' },
      { name: 'essays/images/figure.png', data: PNG, method: 0 },
      { name: 'outside.png', data: PNG, method: 0 },
      { name: 'essays/images/unused.png', data: PNG, method: 0 },
    ]);
    expect(member?.neighbours.map((n) => n.path)).toEqual(['essays/images/figure.png']);
    const outcome = await importZipMember(member as ZipMemberUnit);
    expect(outcome.path).toBe(`${ZIP} › essays/rivers.md`);
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.article.meta).toMatchObject({ title: 'Rivers', author: 'Ada', originalName: 'rivers.md' });
    expect(outcome.article.assets).toEqual([{ name: 'figure.png', mediaType: 'image/png', bytes: PNG }]);
    expect(outcome.article.body.content).toContain('![Figure](asset:figure.png)');
    expect(outcome.article.body.content).toContain('![Up](../outside.png)');
  });

  it('imports a saved web page with its _files folder', async () => {
    const [member] = members([
      { name: 'Saved.html', data: '<html><head><title>Saved page</title></head><body><article><h1>Saved page</h1><p>' + 'Words about bridges and rivers. '.repeat(20) + '</p><img src="Saved_files/photo.png" alt="Photo"></article></body></html>' },
      { name: 'Saved_files/photo.png', data: PNG, method: 0 },
    ]);
    const outcome = await importZipMember(member as ZipMemberUnit);
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.article.meta.title).toBe('Saved page');
    expect(outcome.article.assets.map((a) => a.bytes)).toEqual([PNG]);
  });

  it('names a member that cannot be imported by its place in the zip', async () => {
    const [member] = members([{ name: 'docs/report.docx', data: 'PK' }]);
    expect(await importZipMember(member as ZipMemberUnit)).toEqual({
      path: `${ZIP} › docs/report.docx`,
      failure: { path: `${ZIP} › docs/report.docx`, reason: expect.stringContaining('cannot import “.docx” files'), code: 'unsupportedExtension', params: { extension: '.docx' } },
    });
  });

  it('units are plain data that survive a structured clone (a worker thread)', async () => {
    const [member] = members([{ name: 'a/one.md', data: '![x](x.png) Text.' }, { name: 'a/x.png', data: PNG, method: 0 }]);
    const copy = structuredClone(member) as ZipMemberUnit;
    const outcome = await importZipMember(copy);
    expect('article' in outcome && outcome.article.assets.length).toBe(1);
  });
});
