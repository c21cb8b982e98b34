/**
 * Crashing the app for the durability tests: SIGKILL of the Chromium browser process that runs on a profile
 * (found by its `--user-data-dir`), fired from the page at the app's own signal so that it lands mid-operation;
 * and the library's invariants read back from IndexedDB after the restart.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { AppSession } from '../harness';
import { expect } from '../fixtures';
import { activeLibrary } from './active-library';

const KILL_BINDING = '__durabilityKill';

interface ProcessRow {
  pid: number;
  ppid: number;
}

/** Every process running Chromium on this profile (browser, renderers, helpers that name it). */
function profileProcesses(profileDir: string): ProcessRow[] {
  const flag = `--user-data-dir=${profileDir}`;
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[3]!.split(' ').includes(flag))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]) }));
}

/** The browser process: the one on this profile whose parent is not on it. */
function browserPid(profileDir: string): number {
  const rows = profileProcesses(profileDir);
  const pids = new Set(rows.map((row) => row.pid));
  const top = rows.filter((row) => !pids.has(row.ppid));
  if (top.length !== 1) throw new Error(`expected one Chromium browser process on ${profileDir}, found ${top.length}`);
  return top[0]!.pid;
}

export interface Crash {
  /** Resolves once the browser was killed, Playwright saw the context close, and no process of it is left. */
  done: Promise<void>;
}

/**
 * Arms the kill: `window.__durabilityKill()` in the page SIGKILLs the browser process (once). The page calls it
 * at the moment chosen (killWhenText, killOnStoreWrite), so no time passes between the signal and the kill but the
 * binding's own round trip.
 */
export async function armCrash(app: AppSession, profileDir: string): Promise<Crash> {
  const pid = browserPid(profileDir);
  const closed = new Promise<void>((resolve) => app.context.once('close', () => resolve()));
  let fired!: () => void;
  const killed = new Promise<void>((resolve) => (fired = resolve));
  await app.context.exposeBinding(KILL_BINDING, () => {
    process.kill(pid, 'SIGKILL');
    fired();
  });
  const done = (async () => {
    await killed;
    await closed;
    await expect.poll(() => profileProcesses(profileDir).length, { message: 'Chromium processes left after the kill' }).toBe(0);
  })();
  return { done };
}

/** Kills the browser from the page as soon as `selector`'s text matches `pattern` (checked at every DOM change). */
export async function killWhenText(page: Page, selector: string, pattern: RegExp): Promise<void> {
  await page.evaluate(
    ({ selector, source, flags, binding }) => {
      const re = new RegExp(source, flags);
      const check = () => {
        if (!re.test(document.querySelector(selector)?.textContent ?? '')) return false;
        observer.disconnect();
        void (window as unknown as Record<string, () => Promise<void>>)[binding]!();
        return true;
      };
      const observer = new MutationObserver(check);
      if (!check()) observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { selector, source: pattern.source, flags: pattern.flags, binding: KILL_BINDING },
  );
}

/**
 * Kills the browser from the page at the first write (add, put or delete request) the app issues on IndexedDB
 * store `store`: its transaction is open, the request made, the commit not yet awaited.
 */
export async function killOnStoreWrite(page: Page, store: string): Promise<void> {
  await page.evaluate(
    ({ store, binding }) => {
      const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => IDBRequest>;
      let fired = false;
      for (const method of ['add', 'put', 'delete']) {
        const original = proto[method]!;
        proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
          const request = original.apply(this, args);
          if (!fired && this.name === store) {
            fired = true;
            void (window as unknown as Record<string, () => Promise<void>>)[binding]!();
          }
          return request;
        };
      }
    },
    { store, binding: KILL_BINDING },
  );
}

export interface LibraryCheck {
  articles: number;
  highlights: number;
  notes: number;
  assets: number;
  /** Articles without a body, or with an empty body or text. */
  withoutBody: string[];
  /** Rows of bodies, assets, notes and highlights whose article is not in the library. */
  orphans: string[];
}

/**
 * Reads the whole library (the active database: `offprint`, or the one a Replace switched to) from IndexedDB in
 * the page and lists what breaks its invariants.
 */
export async function checkLibrary(page: Page): Promise<LibraryCheck> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    type Row = Record<string, unknown>;
    const all = (store: string) =>
      new Promise<Row[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as Row[]);
        request.onerror = () => reject(request.error);
      });
    const [articles, bodies, assets, notes, highlights] = await Promise.all(
      ['articles', 'bodies', 'assets', 'notes', 'highlights'].map(all),
    );
    db.close();
    const ids = new Set(articles!.map((a) => String(a['id'])));
    const bodyOf = new Map(bodies!.map((b) => [String(b['articleId']), b]));
    const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
    const withoutBody = [...ids].filter((id) => {
      const body = bodyOf.get(id);
      return !body || !filled(body['content']) || !filled(body['text']);
    });
    const orphans = Object.entries({ bodies, assets, notes, highlights }).flatMap(([store, rows]) =>
      rows!.filter((row) => !ids.has(String(row['articleId']))).map((row) => `${store}:${String(row['articleId'])}`),
    );
    return { articles: ids.size, highlights: highlights!.length, notes: notes!.length, assets: assets!.length, withoutBody, orphans };
  }, await activeLibrary(page));
}

/** The library databases on the profile (the default one and any a Replace made), and the one that is active. */
export async function libraryDatabases(page: Page): Promise<{ active: string; names: string[] }> {
  const names = await page.evaluate(async () =>
    (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => /^offprint(-library-[0-9a-f-]{36})?$/.test(name)),
  );
  return { active: await activeLibrary(page), names: names.sort() };
}

/** The article count the library header shows, as a number. */
export async function shownArticleCount(page: Page): Promise<number> {
  const count = page.locator('.library-count');
  await expect(count).toHaveText(/^[\d,]+ articles?$/);
  return Number((await count.textContent())!.replace(/[^\d]/g, ''));
}

/** After a restart: the invariants hold and the header shows the database's count. Returns what was found. */
export async function expectConsistentLibrary(page: Page): Promise<LibraryCheck> {
  const check = await checkLibrary(page);
  expect(check.withoutBody, 'articles without a whole body').toEqual([]);
  expect(check.orphans, 'rows whose article is gone').toEqual([]);
  await expect.poll(() => shownArticleCount(page), { message: 'count shown vs. database' }).toBe(check.articles);
  return check;
}
