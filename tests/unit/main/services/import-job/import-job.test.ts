/** The import job: order, counts, chunks, backpressure and cancel, over a runner the test drives by hand. */
import { describe, expect, it } from 'vitest';
import { ImportJob } from '../../../../../src-main/services/import-job/import-job';
import { type ImportUnit, UNIT_OVERHEAD_BYTES } from '../../../../../src-main/services/import-job/import-unit';
import { ManualRunner, TEST_JOB_OPTIONS, drain, expansionOf, settle, units } from './support';

function titles(chunks: { articles: { meta: { title: string } }[] }[]): string[] {
  return chunks.flatMap((chunk) => chunk.articles.map((a) => a.meta.title));
}

describe('an import job', () => {
  it('hands articles over in the order they were found, whatever order they finish in', async () => {
    const runner = new ManualRunner();
    const job = new ImportJob('j1', runner, TEST_JOB_OPTIONS);
    job.start(expansionOf({ units: units(5), failures: [] }));
    await settle();
    expect(runner.running).toBe(5);
    runner.finish((n) => n !== 'a0.md', 'reverse');
    await settle();
    const waiting = job.next();
    let answered = false;
    void waiting.then(() => (answered = true));
    await settle();
    expect(answered).toBe(false); // a0 is still being parsed: nothing may overtake it
    runner.finish();
    const chunk = await waiting;
    expect(chunk.articles.map((a) => a.meta.title)).toEqual(['a0.md', 'a1.md', 'a2.md', 'a3.md', 'a4.md']);
    expect(chunk.progress).toMatchObject({ found: 5, processed: 5, done: true });
  });

  it('counts what it finds and parses, failures included, and passes failures along', async () => {
    const runner = new ManualRunner();
    const job = new ImportJob('j2', runner, TEST_JOB_OPTIONS);
    const walkFailure = { path: '/gone', reason: 'No file or folder exists at this path.' };
    job.start(
      expansionOf(
        { units: [...units(2), { kind: 'bytes', name: 'b.fail', bytes: new Uint8Array(1) }], failures: [] },
        { units: units(1, 'c'), failures: [walkFailure] },
      ),
    );
    expect(job.progress()).toMatchObject({ found: 0, processed: 0, done: false });
    await settle();
    expect(job.progress()).toMatchObject({ found: 5, processed: 1, done: false });
    const chunks = await drain(job, runner);
    expect(titles(chunks)).toEqual(['a0.md', 'a1.md', 'c0.md']);
    expect(chunks.flatMap((c) => c.failures)).toEqual([walkFailure, { path: 'b.fail', reason: 'Broken.' }]);
    expect(chunks.at(-1)?.progress).toMatchObject({ found: 5, processed: 5, done: true });
  });

  it('measures its work in bytes (size plus a cost per file) as handed over, and says where each article was found', async () => {
    const runner = new ManualRunner();
    const job = new ImportJob('j-bytes', runner, TEST_JOB_OPTIONS);
    const big: ImportUnit = { kind: 'bytes', name: 'big.md', bytes: new Uint8Array(100_000) };
    job.start(expansionOf({ units: [...units(2), big], failures: [] }));
    await settle();
    const perFile = UNIT_OVERHEAD_BYTES;
    expect(job.progress()).toMatchObject({ bytesFound: 3 * perFile + 2 + 100_000, bytesTaken: 0, listed: true });
    runner.finish((n) => n !== 'big.md');
    await settle();
    const first = await job.next();
    expect(first.articles.map((a) => a.importedFrom)).toEqual(['a0.md', 'a1.md']);
    expect(first.progress).toMatchObject({ bytesTaken: 2 * perFile + 2, done: false });
    runner.finish();
    const last = await job.next();
    expect(last.progress).toMatchObject({ bytesTaken: 3 * perFile + 2 + 100_000, done: true });
  });

  it('hands over at most 25 articles, or about 8 MB, at a time', async () => {
    const small = new ManualRunner();
    const job = new ImportJob('j3', small, TEST_JOB_OPTIONS);
    job.start(expansionOf({ units: units(60), failures: [] }));
    const sizes = (await drain(job, small)).map((c) => c.articles.length);
    expect(Math.max(...sizes)).toBe(25);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);

    const large = new ManualRunner(3 * 1024 * 1024); // each article ~6 MB (body + text)
    const big = new ImportJob('j4', large, TEST_JOB_OPTIONS);
    big.start(expansionOf({ units: units(3), failures: [] }));
    const chunks = await drain(big, large);
    expect(chunks.map((c) => c.articles.length).filter((n) => n > 0)).toEqual([1, 1, 1]);
  });

  it('parses only a bounded window ahead of the renderer (backpressure)', async () => {
    const runner = new ManualRunner();
    const job = new ImportJob('j5', runner, TEST_JOB_OPTIONS);
    job.start(expansionOf({ units: units(1000), failures: [] }));
    await settle();
    expect(runner.started).toHaveLength(64);
    runner.finish();
    await settle();
    expect(runner.started).toHaveLength(64); // parsed, but not taken: no more may start
    expect(job.progress()).toMatchObject({ found: 1000, processed: 64, done: false });
    const chunk = await job.next();
    expect(chunk.articles).toHaveLength(25);
    expect(runner.started).toHaveLength(89);
  });

  it('stops at once when cancelled: a waiting next answers with nothing, and no unit starts again', async () => {
    const runner = new ManualRunner();
    const job = new ImportJob('j6', runner, TEST_JOB_OPTIONS);
    job.start(expansionOf({ units: units(500), failures: [] }));
    await settle();
    runner.finish();
    expect((await job.next()).articles).toHaveLength(25);
    const waiting = job.next();
    job.cancel();
    expect(await waiting).toMatchObject({ articles: [], failures: [], progress: { done: true } });
    expect(runner.cancelled).toEqual(['j6']);
    const started = runner.started.length;
    runner.finish();
    await settle();
    expect(runner.started).toHaveLength(started);
    expect(runner.running).toBe(0);
  });

  it('is done at once for an empty folder', async () => {
    const job = new ImportJob('j7', new ManualRunner(), TEST_JOB_OPTIONS);
    job.start(expansionOf({ units: [], failures: [] }));
    expect(await job.next()).toMatchObject({ articles: [], failures: [], progress: { found: 0, processed: 0, done: true } });
  });

  it('turns a listing that throws into a failure, and still finishes', async () => {
    const runner = new ManualRunner();
    const job = new ImportJob('j8', runner, TEST_JOB_OPTIONS);
    job.start(
      (async function* () {
        yield { units: units(1), failures: [] };
        throw new Error('disk gone');
      })(),
    );
    const chunks = await drain(job, runner);
    expect(titles(chunks)).toEqual(['a0.md']);
    expect(chunks.flatMap((c) => c.failures)).toMatchObject([
      { path: 'the files to import', reason: 'They could not all be listed: disk gone.' },
    ]);
  });
});
