/**
 * Download article text as an import job: the registry with the downloading runner in front of the in-process
 * import runner, against a web server on 127.0.0.1, and the handlers that refuse while the setting is off.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportChunk, ImportFailure, ParsedArticle } from '../../../../../src-shared/contract';
import { DOWNLOAD_LIMITS } from '../../../../../src-main/services/fetch-article/download-limits';
import { DownloadSetting } from '../../../../../src-main/services/fetch-article/download-setting';
import { DownloadingRunner } from '../../../../../src-main/services/fetch-article/downloading-runner';
import { downloadHandlers } from '../../../../../src-main/services/handlers/download-handlers';
import { ImportJobRegistry } from '../../../../../src-main/services/import-job';
import { InProcessRunner } from '../../../../../src-main/services/import-job/in-process-runner';
import { TEST_JOB_OPTIONS } from '../import-job/support';
import { type PageServer, startPageServer } from './page-server';

let server: PageServer;
let folder = '';
const HELD_PAGE = '<html><head><title>Held</title></head><body><article><p>A page that waited for its turn, with enough words to be read as an article by the importer.</p></article></body></html>';
const answer = (response: ServerResponse) => void response.writeHead(200, { 'content-type': 'text/html' }).end(HELD_PAGE);
/** Requests to /held/… wait here until the test lets them go. */
const held: ServerResponse[] = [];
let holding = true;
let heldArrived: () => void = () => undefined;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'offprint-download-'));
  const heldRoute = (_request: unknown, response: ServerResponse) => {
    if (!holding) return answer(response);
    held.push(response);
    heldArrived();
  };
  server = await startPageServer(Object.fromEntries([0, 1, 2, 3, 4, 5].map((n) => [`/held/${n}`, heldRoute])));
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

function registry(): ImportJobRegistry {
  return new ImportJobRegistry({
    sampleLibraryDir: folder,
    createRunner: (limits) => new DownloadingRunner(new InProcessRunner(limits), { limits: { ...DOWNLOAD_LIMITS, timeoutMs: 5_000, localNetwork: true } }),
    job: TEST_JOB_OPTIONS,
  });
}

async function drain(jobs: ImportJobRegistry, jobId: string): Promise<{ articles: ParsedArticle[]; failures: ImportFailure[] }> {
  const articles: ParsedArticle[] = [];
  const failures: ImportFailure[] = [];
  for (;;) {
    const chunk: ImportChunk | null = await jobs.next(jobId);
    if (!chunk) return { articles, failures };
    articles.push(...chunk.articles);
    failures.push(...chunk.failures);
    if (chunk.progress.done) return { articles, failures };
  }
}

describe('Download article text, as an import job', () => {
  it('gives each entry its page as the text of that entry (its id and address kept), and each refusal with its address', async () => {
    const jobs = registry();
    const started = jobs.start({
      kind: 'links',
      links: [
        { id: 'entry-1', url: `${server.origin}/hop/2` },
        { id: 'entry-2', url: `${server.origin}/missing` },
        { id: 'entry-3', url: `${server.origin}/notes.txt` },
      ],
    });
    expect(started.progress.found).toBe(0);
    const { articles, failures } = await drain(jobs, started.jobId);
    jobs.close();
    const page = articles.find((article) => article.fillsLinkOnly === 'entry-1');
    expect(page?.meta.title).toBe('The ferry timetable');
    expect(page?.meta.url).toBe(`${server.origin}/hop/2`);
    expect(page?.meta.linkOnly).toBeUndefined();
    expect(page?.text).toContain('The morning ferry leaves the harbour at six');
    expect(page?.importedFrom).toBe(`${server.origin}/hop/2`);
    expect(articles.find((article) => article.fillsLinkOnly === 'entry-3')?.text).toContain('The ferry leaves at six.');
    expect(failures).toEqual([expect.objectContaining({ path: `${server.origin}/missing`, code: 'downloadGone', params: { status: 404 } })]);
  });

  it('downloads at most 3 pages at once: the others wait their turn', async () => {
    const jobs = registry();
    const three = new Promise<void>((resolve) => {
      heldArrived = () => held.length === 3 && resolve();
    });
    const started = jobs.start({ kind: 'links', links: [0, 1, 2, 3, 4, 5].map((n) => ({ id: `held-${n}`, url: `${server.origin}/held/${n}` })) });
    await three;
    // The job asked for all six; the server sees three, and the others wait their turn.
    expect(server.active()).toBe(3);
    const pending = drain(jobs, started.jobId);
    holding = false;
    for (const response of held.splice(0)) answer(response);
    const { articles, failures } = await pending;
    expect(failures).toEqual([]);
    expect(articles.map((article) => article.fillsLinkOnly).sort()).toEqual(['held-0', 'held-1', 'held-2', 'held-3', 'held-4', 'held-5']);
    expect(server.mostAtOnce()).toBe(3);
    jobs.close();
  });

  it('a cancelled job aborts its downloads at once', async () => {
    const jobs = registry();
    const started = jobs.start({ kind: 'links', links: [{ id: 'slow', url: `${server.origin}/slow` }] });
    const pending = jobs.next(started.jobId);
    expect(jobs.cancel(started.jobId)).toBe(true);
    expect((await pending)?.articles).toEqual([]);
    jobs.close();
  });
});

describe('the download handlers', () => {
  it('start a download only just after a gesture main observed: a script alone, or a click long ago, is refused', async () => {
    const jobs = registry();
    const setting = DownloadSetting.inProfile(folder);
    await setting.set(true);
    let gestureAt = 0;
    const clock = { now: 1_000_000 };
    const handlers = downloadHandlers(jobs, setting, () => gestureAt, () => clock.now);
    const before = server.requests.length;
    const link = [{ id: 'a', url: `${server.origin}/page` }];
    expect(await handlers['import:download'](link)).toMatchObject({ ok: false, error: { code: 'forbidden', reason: { code: 'downloadNotAsked' } } });
    gestureAt = clock.now - 11_000;
    expect(await handlers['import:download'](link)).toMatchObject({ ok: false, error: { reason: { code: 'downloadNotAsked' } } });
    // A gesture "from the future" (a clock set back) proves nothing either.
    gestureAt = clock.now + 5_000;
    expect(await handlers['import:download'](link)).toMatchObject({ ok: false, error: { reason: { code: 'downloadNotAsked' } } });
    expect(server.requests.length).toBe(before);
    gestureAt = clock.now - 2_000;
    const started = await handlers['import:download'](link);
    expect(started.ok).toBe(true);
    if (started.ok) await drain(jobs, started.value.jobId);
    jobs.close();
  });

  it('refuse while "Allow downloading article text" is off, which main remembers; and any address that is not http(s)', async () => {
    const jobs = registry();
    const setting = DownloadSetting.inProfile(folder);
    const handlers = downloadHandlers(jobs, setting, () => Date.now());
    expect(await handlers['import:downloadAllowed']()).toEqual({ ok: true, value: true });
    expect(await handlers['import:setDownloadAllowed'](false)).toEqual({ ok: true, value: null });
    expect(await DownloadSetting.inProfile(folder).allowed()).toBe(false);
    const before = server.requests.length;
    const off = await handlers['import:download']([{ id: 'a', url: `${server.origin}/page` }]);
    expect(off).toMatchObject({ ok: false, error: { code: 'forbidden', reason: { code: 'downloadOff' } } });
    await handlers['import:setDownloadAllowed'](true);
    const fileUrl = await handlers['import:download']([{ id: 'a', url: 'file:///etc/passwd' }]);
    expect(fileUrl).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const arbitrary = await handlers['import:download']([{ id: 'a', url: `${server.origin}/page`, fetchAlso: 'http://x/' }]);
    expect(arbitrary).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(server.requests.length).toBe(before);
    const on = await handlers['import:download']([{ id: 'a', url: `${server.origin}/page` }]);
    expect(on.ok).toBe(true);
    if (on.ok) expect((await drain(jobs, on.value.jobId)).articles).toHaveLength(1);
    jobs.close();
  });
});
