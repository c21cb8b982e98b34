/** Offprint bundles and plain zips inside an import: one unit per article or member, failures named inside. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportChunk } from '../../../../../src-shared/contract';
import { ImportJobRegistry } from '../../../../../src-main/services/import-job';
import { InProcessRunner } from '../../../../../src-main/services/import-job/in-process-runner';
import { TEST_JOB_OPTIONS } from './support';

let root = '';
const json = (value: unknown) => strToU8(JSON.stringify(value));

function bundleBytes(): Uint8Array {
  return zipSync({
    'manifest.json': json({ format: 'offprint-bundle', version: 1, title: 'Test', created: '2024-01-01T00:00:00Z', articleCount: 3 }),
    'articles/a1/article.json': json({ id: 'a1', title: 'Bundled one' }),
    'articles/a1/body.md': strToU8('The first bundled article.'),
    'articles/a1/annotations.json': json({
      notes: [{ id: 'n1', body: 'A note that came along', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }],
      highlights: [],
    }),
    'articles/a2/article.json': json({ id: 'a2', title: 'Bundled two' }),
    'articles/a2/body.txt': strToU8('The second bundled article.'),
    'articles/a3/article.json': json({ id: 'a3' }),
    'articles/a3/body.md': strToU8('This one has no title.'),
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'offprint-archives-'));
  await writeFile(path.join(root, 'Library.offprint'), bundleBytes());
  await writeFile(
    path.join(root, 'essays.zip'),
    zipSync({ 'essays/one.md': strToU8('# Zipped one\n\nText.'), 'essays/two.txt': strToU8('Zipped two\n\nText.'), 'essays/x.pdf': strToU8('%PDF') }),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function importAll(source: Parameters<ImportJobRegistry['start']>[0]): Promise<ImportChunk[]> {
  const registry = new ImportJobRegistry({ sampleLibraryDir: root, createRunner: (l) => new InProcessRunner(l), job: TEST_JOB_OPTIONS });
  const { jobId } = registry.start(source);
  const chunks: ImportChunk[] = [];
  for (;;) {
    const chunk = await registry.next(jobId);
    if (!chunk) throw new Error('the job vanished');
    chunks.push(chunk);
    if (chunk.progress.done) return chunks;
  }
}

describe('archives in an import job', () => {
  it('imports a bundle article by article and a zip member by member, naming failures inside them', async () => {
    const chunks = await importAll({ kind: 'paths', paths: [root] });
    const articles = chunks.flatMap((c) => c.articles);
    expect(articles.map((a) => a.meta.title)).toEqual(['Bundled one', 'Bundled two', 'Zipped one', 'Zipped two']);
    expect(articles[0]?.meta.identifier).toBe('a1');
    expect(articles[0]?.annotations?.notes.map((n) => n.body)).toEqual(['A note that came along']);
    const failures = chunks.flatMap((c) => c.failures).map((f) => f.path);
    expect(failures).toEqual([
      expect.stringMatching(/Library\.offprint › articles\/a3/),
      expect.stringMatching(/essays\.zip › essays\/x\.pdf$/),
    ]);
    expect(chunks.at(-1)?.progress).toMatchObject({ found: 6, processed: 6, done: true });
  });

  it('opens a bundle dropped without a path, from its bytes', async () => {
    const chunks = await importAll({ kind: 'files', files: [{ name: 'Dropped.offprint', bytes: bundleBytes() }] });
    expect(chunks.flatMap((c) => c.articles.map((a) => a.meta.title))).toEqual(['Bundled one', 'Bundled two']);
    expect(chunks.flatMap((c) => c.failures.map((f) => f.path))).toEqual([expect.stringMatching(/^Dropped\.offprint › articles\/a3/)]);
  });
});
