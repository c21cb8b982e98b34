import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_LIMITS, type DownloadLimits } from '../../../../../src-main/services/fetch-article/download-limits';
import { fetchPage } from '../../../../../src-main/services/fetch-article/fetch-page';
import { ARTICLE_HTML, type PageServer, startPageServer } from './page-server';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

// The test's server is on 127.0.0.1: this computer, which the app's downloads never reach (local-network.test.ts).
const LIMITS: DownloadLimits = { ...DOWNLOAD_LIMITS, timeoutMs: 5_000, localNetwork: true };

async function refusal(path: string, limits: DownloadLimits = LIMITS) {
  const outcome = await fetchPage(path.includes(':') ? path : `${server.origin}${path}`, limits);
  if (outcome.ok) throw new Error(`${path} was downloaded`);
  return { code: outcome.code, params: outcome.params, reason: outcome.reason };
}

describe('downloading a page (the only way Offprint reaches the web)', () => {
  it('gives the page as it was sent, and where it was read from', async () => {
    const outcome = await fetchPage(`${server.origin}/page`, LIMITS);
    expect(outcome.ok && outcome.page.kind).toBe('html');
    expect(outcome.ok && new TextDecoder().decode(outcome.page.bytes)).toBe(ARTICLE_HTML);
    expect(outcome.ok && outcome.page.url).toBe(`${server.origin}/page`);
  });

  it('takes plain text as a text page, and refuses anything that is not a page (a PDF)', async () => {
    const text = await fetchPage(`${server.origin}/notes.txt`, LIMITS);
    expect(text.ok && text.page.kind).toBe('text');
    expect(await refusal('/paper.pdf')).toMatchObject({ code: 'downloadNotPage', params: { type: 'application/pdf' } });
  });

  it('follows a chain of redirects to the page, each relative address resolved from the one before', async () => {
    const chain = await fetchPage(`${server.origin}/hop/9`, LIMITS);
    expect(chain.ok && chain.page.url).toBe(`${server.origin}/page`);
    const relative = await fetchPage(`${server.origin}/deep/relative`, LIMITS);
    expect(relative.ok && relative.page.url).toBe(`${server.origin}/page`);
  });

  it('stops after 10 redirects: an 11th is refused, and a loop never runs on', async () => {
    // /hop/10 is the page after 11 redirects.
    expect(await refusal('/hop/10')).toMatchObject({ code: 'downloadTooManyRedirects', params: { limit: 10 } });
    const before = server.requests.filter((path) => path === '/loop').length;
    expect(await refusal('/loop')).toMatchObject({ code: 'downloadTooManyRedirects' });
    expect(server.requests.filter((path) => path === '/loop').length - before).toBe(11);
  });

  it('refuses a redirect to file:, data: or ftp:, naming where it led, and never follows it', async () => {
    expect(await refusal('/to-file')).toMatchObject({ code: 'downloadRedirectRefused', params: { url: 'file:///etc/passwd' } });
    expect(await refusal('/to-data')).toMatchObject({ code: 'downloadRedirectRefused' });
    expect(await refusal('/to-ftp')).toMatchObject({ code: 'downloadRedirectRefused', params: { url: 'ftp://127.0.0.1/page' } });
  });

  it('refuses addresses that are not http(s) before any request, and any with a user name or password', async () => {
    const before = server.requests.length;
    expect(await refusal('file:///etc/hosts')).toMatchObject({ code: 'downloadNotWebAddress' });
    expect(await refusal('javascript:alert(1)')).toMatchObject({ code: 'downloadNotWebAddress' });
    expect(await refusal(`http://ann:secret@${server.origin.slice('http://'.length)}/page`)).toMatchObject({ code: 'downloadNotWebAddress' });
    expect(server.requests.length).toBe(before);
  });

  it('says the page is gone on a 404, and gives the status of any other error', async () => {
    expect(await refusal('/missing')).toMatchObject({ code: 'downloadGone', params: { status: 404 } });
    expect(await refusal('/broken')).toMatchObject({ code: 'downloadHttpStatus', params: { status: 500 } });
  });

  it('gives up on a page that takes longer than the time limit', async () => {
    const slow = await refusal('/slow', { ...LIMITS, timeoutMs: 300 });
    expect(slow).toMatchObject({ code: 'downloadTimedOut', params: { seconds: 0.3 } });
    expect(slow.reason).toBe('The site took longer than 0.3 seconds to send the page; it was not downloaded.');
  });

  it('abandons a page as soon as it passes the size limit, whether or not it declares its length', async () => {
    const limits = { ...LIMITS, maxBytes: 1024 * 1024 };
    expect(await refusal('/huge', limits)).toMatchObject({ code: 'downloadTooLarge', params: { limit: '1 MB' } });
    expect(await refusal('/huge-declared', limits)).toMatchObject({ code: 'downloadTooLarge' });
    // Under the limit, the same page comes whole.
    const whole = await fetchPage(`${server.origin}/huge`, { ...LIMITS, maxBytes: 9 * 1024 * 1024 });
    expect(whole.ok && whole.page.bytes.byteLength).toBe(8 * 1024 * 1024);
  });

  it('names the network error when the site cannot be reached', async () => {
    const closed = await startPageServer();
    const origin = closed.origin;
    await closed.close();
    expect(await refusal(`${origin}/page`)).toMatchObject({ code: 'downloadNetwork', params: { detail: 'ECONNREFUSED' } });
  });

  it('stops at once when the job is cancelled', async () => {
    const cancel = new AbortController();
    const pending = fetchPage(`${server.origin}/slow`, LIMITS, cancel.signal);
    cancel.abort();
    expect(await pending).toMatchObject({ ok: false, code: 'downloadCancelled' });
  });
});
