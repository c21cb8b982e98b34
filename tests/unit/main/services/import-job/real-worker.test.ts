/**
 * The real import worker (src-main/services/import-job/import-worker.ts), built here with Vite into a folder of
 * the repository (so that it finds node_modules), serving a whole job in worker threads as in the app.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportChunk } from '../../../../../src-shared/contract';
import { ImportJobRegistry } from '../../../../../src-main/services/import-job';
import { WorkerPool } from '../../../../../src-main/services/import-job/worker-pool';

let outDir = '';
let library = '';
let pool: WorkerPool | null = null;

beforeAll(async () => {
  const cache = path.join(process.cwd(), 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  outDir = await mkdtemp(path.join(cache, 'offprint-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    build: {
      ssr: 'src-main/services/import-job/import-worker.ts',
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'import-worker.js' } },
    },
  });
  library = await mkdtemp(path.join(tmpdir(), 'offprint-real-worker-'));
  for (let i = 0; i < 30; i += 1) {
    const name = `article-${String(i).padStart(2, '0')}`;
    await writeFile(path.join(library, `${name}.md`), `---\ntitle: Article ${i}\n---\n\nThe body of article ${i}.`);
  }
  await writeFile(path.join(library, 'zz-binary.txt'), new Uint8Array([0, 1, 2, 3, 0, 0]));
}, 60_000);

afterAll(async () => {
  pool?.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(library, { recursive: true, force: true });
});

describe('the built import worker', () => {
  it('parses a folder in worker threads, in order, with its failures', async () => {
    const registry = new ImportJobRegistry({
      sampleLibraryDir: library,
      createRunner: (limits) => (pool = new WorkerPool({ script: path.join(outDir, 'import-worker.js'), size: 2, limits })),
    });
    const { jobId } = registry.start({ kind: 'paths', paths: [library] });
    const chunks: ImportChunk[] = [];
    for (let chunk = await registry.next(jobId); chunk; chunk = chunk.progress.done ? null : await registry.next(jobId)) {
      chunks.push(chunk);
    }
    const titles = chunks.flatMap((c) => c.articles.map((a) => a.meta.title));
    expect(titles).toEqual(Array.from({ length: 30 }, (_, i) => `Article ${i}`));
    expect(chunks.flatMap((c) => c.failures)).toEqual([
      { path: path.join(library, 'zz-binary.txt'), reason: expect.stringMatching(/looks binary/), code: 'binary' },
    ]);
    expect(pool?.workerCount).toBeGreaterThan(0);
  }, 60_000);
});
