/** The registry and the in-process runner over real files: what the handlers serve when there is no worker. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportChunk } from '../../../../../src-shared/contract';
import { ImportJobRegistry, TooManyJobsError } from '../../../../../src-main/services/import-job';
import { InProcessRunner } from '../../../../../src-main/services/import-job/in-process-runner';
import { ManualRunner, TEST_JOB_OPTIONS } from './support';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'offprint-job-'));
  const put = async (relative: string, content: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  };
  await put('lib/b-second.md', '# Second\n\nThe second article, in Markdown.');
  await put('lib/a-first.txt', 'First\n\nThe first article, as a saved text page.');
  await put('lib/deeper/c-third.html', '<html><head><title>Third</title></head><body><p>The third article, in HTML.</p></body></html>');
  await put('lib/broken.md', new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02, 0x00]));
  await put('lib/scan.pdf', '%PDF-1.4');
  await put('lib/empty.txt', '');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  vi.useRealTimers();
});

function inProcess(): ImportJobRegistry {
  return new ImportJobRegistry({
    sampleLibraryDir: path.join(process.cwd(), 'resources', 'sample-library'),
    createRunner: (limits) => new InProcessRunner(limits),
    job: TEST_JOB_OPTIONS,
  });
}

async function pullAll(registry: ImportJobRegistry, jobId: string): Promise<ImportChunk[]> {
  const chunks: ImportChunk[] = [];
  for (;;) {
    const chunk = await registry.next(jobId);
    if (!chunk) throw new Error('the job vanished before it was done');
    chunks.push(chunk);
    if (chunk.progress.done) return chunks;
  }
}

describe('import jobs over real files, parsed in this thread', () => {
  it('imports a folder recursively in path order, and names each file that failed with its reason', async () => {
    const registry = inProcess();
    const { jobId } = registry.start({ kind: 'paths', paths: [path.join(root, 'lib')] });
    const chunks = await pullAll(registry, jobId);
    expect(chunks.flatMap((c) => c.articles.map((a) => a.meta.title))).toEqual(['First', 'Second', 'Third']);
    const failures = chunks.flatMap((c) => c.failures);
    expect(failures.map((f) => path.basename(f.path)).sort()).toEqual(['broken.md', 'empty.txt', 'scan.pdf']);
    expect(failures.find((f) => f.path.endsWith('scan.pdf'))?.reason).toMatch(/not a readable PDF/);
    expect(failures.find((f) => f.path.endsWith('empty.txt'))?.reason).toBe('The file is empty.');
    expect(chunks.at(-1)?.progress).toMatchObject({ found: 6, processed: 6, done: true });
    expect(registry.size).toBe(0); // forgotten once done
    expect(await registry.next(jobId)).toBeNull();
  });

  it('imports a file given twice (alone and in its folder) once', async () => {
    const registry = inProcess();
    const file = path.join(root, 'lib', 'a-first.txt');
    const { jobId } = registry.start({ kind: 'paths', paths: [file, path.join(root, 'lib', 'deeper'), file] });
    const chunks = await pullAll(registry, jobId);
    expect(chunks.flatMap((c) => c.articles.map((a) => a.meta.title))).toEqual(['First', 'Third']);
  });

  it('imports dropped bytes and the sample library', async () => {
    const registry = inProcess();
    const dropped = registry.start({ kind: 'files', files: [{ name: 'note.md', bytes: new TextEncoder().encode('# Dropped\n\nText.') }] });
    expect((await pullAll(registry, dropped.jobId)).flatMap((c) => c.articles.map((a) => a.meta.title))).toEqual(['Dropped']);
    const sample = registry.start({ kind: 'sample' });
    const chunks = await pullAll(registry, sample.jobId);
    expect(chunks.flatMap((c) => c.articles)).toHaveLength(5);
    expect(chunks.flatMap((c) => c.failures)).toEqual([]);
  });
});

describe('the job registry', () => {
  function manual(options: { maxJobs?: number; idleMs?: number } = {}) {
    const runner = new ManualRunner();
    const registry = new ImportJobRegistry({ sampleLibraryDir: root, createRunner: () => runner, job: TEST_JOB_OPTIONS, ...options });
    return { runner, registry };
  }

  it('runs a few jobs at once, and refuses more with a plain reason', () => {
    const { registry } = manual({ maxJobs: 2 });
    registry.start({ kind: 'sample' });
    const second = registry.start({ kind: 'sample' });
    expect(() => registry.start({ kind: 'sample' })).toThrow(TooManyJobsError);
    expect(registry.cancel(second.jobId)).toBe(true);
    expect(registry.start({ kind: 'sample' }).jobId).not.toBe(second.jobId);
  });

  it('cancels and forgets a job nobody asks for any more', async () => {
    vi.useFakeTimers();
    const { runner, registry } = manual({ idleMs: 1000 });
    const { jobId } = registry.start({ kind: 'files', files: [{ name: 'a.md', bytes: new Uint8Array(1) }] });
    vi.advanceTimersByTime(999);
    expect(registry.size).toBe(1);
    vi.advanceTimersByTime(1);
    expect(registry.size).toBe(0);
    expect(runner.cancelled).toEqual([jobId]);
    expect(await registry.next(jobId)).toBeNull();
  });

  it('cancelling an unknown or finished job is harmless', () => {
    const { registry } = manual();
    expect(registry.cancel('no-such-job')).toBe(false);
  });
});
