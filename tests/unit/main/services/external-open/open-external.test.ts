/**
 * shell:openExternal opens only what a person asked for: a click just now (as the host saw it), confirmed in the
 * native dialog unless the site is trusted; no gesture, an old or reused gesture, or a burst is refused.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { createExternalOpener } from '../../../../../src-main/services/external-open/open-external';
import { OpenGate } from '../../../../../src-main/services/external-open/open-gate';

type Answer = { open: boolean; alwaysOpenSite: boolean };

let dir = '';
let now = 1_000_000;
let gestureAt = 0;
let answers: Answer[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'offprint-links-'));
  now = 1_000_000;
  gestureAt = 0;
  answers = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function setup() {
  const opened: string[] = [];
  const asked = vi.fn(async (_request: { url: string; site: string | null }) => answers.shift() ?? { open: false, alwaysOpenSite: false });
  const host = {
    openExternal: async (url: string) => void opened.push(url),
    lastUserGestureAt: () => gestureAt,
    confirmOpenExternal: asked,
    trustedSitesFile: join(dir, 'trusted-sites.json'),
  } as unknown as BridgeHost;
  const open = createExternalOpener(host, new OpenGate(() => now));
  return { open, opened, asked };
}

/** A person clicks, `ago` ms before the request arrives. */
function click(ago = 20): void {
  now += 1000;
  gestureAt = now - ago;
}

const URL = 'https://example.org/c?d=1';

describe('opening a link outside the app', () => {
  it('refuses a call with no gesture: nothing is asked, nothing opens', async () => {
    const { open, opened, asked } = setup();
    expect(await open(URL)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Links open outside Offprint only when you click them.', reason: { code: 'linkNotClicked' } },
    });
    expect(asked).not.toHaveBeenCalled();
    expect(opened).toEqual([]);
  });

  it('asks with the whole URL and its site, and opens only after yes', async () => {
    const { open, opened, asked } = setup();
    click();
    answers.push({ open: false, alwaysOpenSite: true });
    expect(await open(URL)).toEqual({ ok: true, value: null });
    expect(asked).toHaveBeenLastCalledWith({ url: URL, site: 'https://example.org' });
    expect(opened).toEqual([]);
    click();
    answers.push({ open: true, alwaysOpenSite: false });
    expect(await open(URL)).toEqual({ ok: true, value: null });
    expect(opened).toEqual([URL]);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('remembers "Always open links to this site" in the JSON file, also after a restart', async () => {
    const first = setup();
    click();
    answers.push({ open: true, alwaysOpenSite: true });
    await first.open(URL);
    expect(JSON.parse(await readFile(join(dir, 'trusted-sites.json'), 'utf8'))).toEqual({ version: 1, sites: ['https://example.org'] });
    click();
    await first.open('https://example.org/other');
    expect(first.asked).toHaveBeenCalledTimes(1);
    expect(first.opened).toEqual([URL, 'https://example.org/other']);

    const restarted = setup();
    click();
    await restarted.open('https://example.org/third');
    expect(restarted.asked).not.toHaveBeenCalled();
    click();
    await restarted.open('https://example.net/elsewhere');
    expect(restarted.asked).toHaveBeenCalledWith({ url: 'https://example.net/elsewhere', site: 'https://example.net' });
    expect(restarted.opened).toEqual(['https://example.org/third']);
  });

  it('asks for every e-mail link: mailto has no site to trust', async () => {
    const { open, asked } = setup();
    click();
    await open('mailto:editor@example.org');
    expect(asked).toHaveBeenCalledWith({ url: 'mailto:editor@example.org', site: null });
  });

  it('refuses a gesture older than a second, and a gesture used once already', async () => {
    const { open, asked } = setup();
    click(1500);
    expect(await open(URL)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    click();
    answers.push({ open: false, alwaysOpenSite: false });
    await open(URL);
    expect(await open(URL)).toMatchObject({ ok: false, error: { message: 'Links open outside Offprint only when you click them.' } });
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('refuses a burst: at most 5 links in 10 seconds, then again after', async () => {
    const { open, opened } = setup();
    for (let i = 0; i < 5; i += 1) {
      gestureAt = now += 100;
      answers.push({ open: true, alwaysOpenSite: false });
      expect(await open(`${URL}${i}`)).toEqual({ ok: true, value: null });
    }
    gestureAt = now += 100;
    expect(await open(URL)).toMatchObject({ ok: false, error: { message: /Too many links/ } });
    now += 10_000;
    gestureAt = now;
    answers.push({ open: true, alwaysOpenSite: false });
    expect(await open(URL)).toEqual({ ok: true, value: null });
    expect(opened).toHaveLength(6);
  });

  it('refuses another link while the person is still answering', async () => {
    const opened: string[] = [];
    let answer: ((a: Answer) => void) | null = null;
    const host = {
      openExternal: async (url: string) => void opened.push(url),
      lastUserGestureAt: () => gestureAt,
      confirmOpenExternal: () => new Promise<Answer>((resolve) => (answer = resolve)),
      trustedSitesFile: join(dir, 'trusted-sites.json'),
    } as unknown as BridgeHost;
    const open = createExternalOpener(host, new OpenGate(() => now));
    click();
    const first = open(URL);
    await vi.waitFor(() => expect(answer).not.toBeNull());
    click();
    expect(await open('https://example.net/')).toMatchObject({ ok: false, error: { message: 'Another link is waiting for your answer.' } });
    answer!({ open: true, alwaysOpenSite: false });
    expect(await first).toEqual({ ok: true, value: null });
    expect(opened).toEqual([URL]);
  });

  it.each(['file:///etc/passwd', '//host/share', '\\\\host\\share', 'irc://example.org/x', 'javascript:alert(1)'])(
    'refuses %s before asking, even right after a click',
    async (url) => {
      const { open, asked, opened } = setup();
      click();
      expect(await open(url)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(asked).not.toHaveBeenCalled();
      expect(opened).toEqual([]);
    },
  );

  it('treats a damaged trusted-sites file as empty', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'trusted-sites.json'), '{ not json');
    const { open, asked } = setup();
    click();
    await open(URL);
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
