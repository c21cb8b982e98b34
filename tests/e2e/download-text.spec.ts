/**
 * Download article text end to end: a Pocket-like export whose entries point at a web server on 127.0.0.1 started
 * by this spec, imported as link-only entries; the harness's main services (the same handlers as Electron's)
 * download the pages. While "Allow downloading article text" is off the command is unavailable and main refuses
 * a direct call, and nothing reaches the server; switched on, the entry reached through a redirect gets its text
 * in its place, with its waiting highlight placed on the right words, and the report names the 404 entry with its
 * reason; the row menu of the entry still without text offers the command again.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { paintedHighlights } from './support/highlights';
import { articleBody, openArticle } from './support/reader';

const QUOTE = 'the café on the pier closes when the ferry has gone';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The ferry timetable</title></head>
<body><nav><a href="/">Home</a> · <a href="/about">About the harbour</a></nav><article><h1>The ferry timetable</h1>
<p>The morning ferry leaves the harbour at six, before the fishing boats come back with the tide and the gulls follow them in.</p>
<p>In winter the last crossing is at four, and ${QUOTE}; in summer it stays open until the evening boat is tied up.</p>
<p>Tickets are sold on board. Bicycles travel free, and dogs on a lead are welcome on the upper deck, out of the wind.</p>
</article><footer>© The harbour office</footer></body></html>`;

function pageServer(): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/moved') return void response.writeHead(301, { location: '/ferry' }).end();
    if (request.url === '/ferry') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests })),
  );
}

test('Download article text fills a link-only entry from the web, places its waiting highlight, and reports a 404', async ({ launch }) => {
  const { server, origin, requests } = await pageServer();
  const work = mkdtempSync(join(tmpdir(), 'offprint-download-e2e-'));
  try {
    const csv = ['title,url,time_added,cursor,tags,status', `Ferry times,${origin}/moved,1700000000,1,harbour,unread`, `A page that went away,${origin}/gone,1700000001,2,,unread`].join('\n');
    const annotations = JSON.stringify([{ url: `${origin}/moved`, title: 'Ferry times', highlights: [{ quote: QUOTE, created_at: 1700000100 }] }]);
    const exportZip = join(work, 'pocket.zip');
    writeFileSync(exportZip, zipSync({ 'part_000000.csv': strToU8(csv), 'annotations/part_000000.json': strToU8(annotations) }));
    const app = await launch({ viewport: { width: 1280, height: 860 } });
    const { page } = app;
    await app.chooseOnNextImport([exportZip]);
    await app.emit('menu:command', 'import');
    const status = page.getByRole('status', { name: 'Import status' });
    await expect(status).toHaveText(/^Imported 2 articles\b/);

    await openArticle(page, 'Ferry times');
    const linkPage = page.getByRole('region', { name: 'Only the link was imported' });
    const downloadAll = linkPage.getByRole('button', { name: 'Download the text of every link-only entry (2)' });
    const allow = linkPage.getByRole('checkbox', { name: 'Allow downloading article text' });
    await expect(allow).toBeChecked();

    // Switched off: the command says why and does nothing; main refuses the call itself.
    await allow.uncheck();
    await expect(downloadAll).toHaveAttribute('aria-disabled', 'true');
    await expect(downloadAll).toHaveAccessibleDescription('Switched off: turn on “Allow downloading article text” to download.');
    // (forced: Playwright waits for an aria-disabled button to become available)
    await downloadAll.click({ force: true });
    const refused = await page.evaluate((url) => window.offprint.import.download([{ id: 'any', url }]), `${origin}/moved`);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', reason: { code: 'downloadOff' } } });
    expect(requests).toEqual([]);

    // Switched on: both entries are downloaded as one import, with its report.
    await allow.check();
    await expect(downloadAll).toHaveAttribute('aria-disabled', 'false');
    await downloadAll.click();
    await expect(status).toHaveText(/^Updated 1 article\./);
    await expect(status).toContainText('1 file could not be imported');
    expect(requests.sort()).toEqual(['/ferry', '/gone', '/moved']);

    // The entry has its text in its place (the reader follows the library), and its highlight is on its words.
    await expect(linkPage).toHaveCount(0);
    const body = articleBody(page);
    await expect(body).toContainText('The morning ferry leaves the harbour at six');
    await expect(body).not.toContainText('About the harbour');
    await expect(page.getByRole('heading', { level: 1, name: 'The ferry timetable' })).toBeVisible();
    await expect(body).toHaveAttribute('data-highlights', 'ready');
    await expect(body).toHaveAttribute('data-highlights-orphaned', '0');
    expect(await paintedHighlights(page)).toEqual({ yellow: [QUOTE] });

    // The report names the entry that could not be downloaded, by its address, with the reason.
    await status.getByRole('button', { name: 'View report' }).click();
    const row = page.getByRole('table', { name: 'Files that could not be imported' }).locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').first()).toContainText(`${origin}/gone`);
    await expect(row.getByRole('cell').nth(1)).toHaveText('The page is no longer there: the site answered 404 (not found).');

    // The entry still without its text is offered the command in its row's menu too; it fails the same way again.
    await page.getByRole('button', { name: 'Back to import history' }).click();
    await page.getByRole('button', { name: 'Back to library' }).click();
    await app.chooseOnNextRowMenu('download-text');
    await page.locator('ul.article-list').getByRole('button', { name: 'A page that went away' }).click({ button: 'right' });
    await expect(status).toContainText('1 file could not be imported');
    await expect.poll(() => requests.filter((path) => path === '/gone').length).toBe(2);
    expect((await app.shownRowMenus()).at(-1)).toContain('Download Article Text');
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
