/**
 * One visible-text rule: the text the library stores for an HTML article (imported by main's real importer, then
 * sanitized and stored by the renderer) is exactly the text the reader anchors highlights against once that body
 * is shown — tables (in their scrolling box), captions, fieldsets, <pre>, line breaks, no-break spaces, MathML and
 * a missing image included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WindowLike } from 'dompurify';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePaths } from '../../../../../src-main/services/import/import-sources';
import { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { storeImportBatch } from '../../../../../src-renderer/src/data/import-repo';
import { createHtmlSanitizer } from '../../../../../src-renderer/src/data/sanitize-html';
import { buildTextMap } from '../../../../../src-renderer/src/features/annotations/highlighting/text-map';
import { prepareHtmlForDisplay } from '../../../../../src-renderer/src/features/reader/prepare-html';

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour tide tables</title></head><body><article>
<h1>Harbour tide tables</h1>
<p>The harbour master publishes the tides every week, and the fishing fleet plans its departures around them.
Tides matter more here than anywhere else on the coast, because the bar at the mouth of the river is shallow.</p>
<table><caption>High water, week 12</caption>
<thead><tr><th>Day</th><th>Time</th></tr></thead>
<tbody><tr><td>Monday</td><td>06:12</td></tr><tr><td>Tuesday</td><td>06:58</td></tr></tbody>
<tfoot><tr><td colspan="2">Times are local.</td></tr></tfoot></table>
<fieldset><legend>Warnings</legend><p>Spring tides on Thursday.</p></fieldset>
<p>A chart of the bar:<img src="https://example.invalid/bar.png" alt="Chart of the river bar"> as drawn in 1902.</p>
<pre>  depth   time
  1.2 m   06:12

  0.8 m   06:58</pre>
<p>Call the office on 0800&nbsp;123&nbsp;456<br>or write to the harbour master, who answers within the week.</p>
<p>The depth is <math><mi>d</mi><mo>=</mo><mfrac><mi>h</mi><mn>2</mn></mfrac></math> at the bar, by the old rule.</p>
<p>The fleet leaves two hours before high water and comes back on the ebb, as it has done for a century.</p>
</article></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'offprint-stored-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the stored text of an HTML article', () => {
  it('is the text its highlights are anchored against in the reader', async () => {
    const file = join(dir, 'tides.html');
    writeFileSync(file, PAGE);
    const { articles, failures } = await parsePaths([file]);
    expect(failures).toEqual([]);
    const db = new OffprintDatabase(`offprint-stored-text-${crypto.randomUUID()}`);
    const sanitize = createHtmlSanitizer(window as unknown as WindowLike);
    const {
      articleIds: [id],
    } = await storeImportBatch(db, { articles, failures: [] }, sanitize);
    const body = await db.bodies.get(id!);
    expect(body?.format).toBe('html');

    const shown = document.createElement('div');
    shown.innerHTML = prepareHtmlForDisplay(body!.content, sanitize, new Map(), document, { image: 'Image', notOffline: 'Image not available offline' });
    document.body.replaceChildren(shown);
    const anchored = buildTextMap(shown).text;

    expect(anchored).toBe(body!.text);
    // And it reads as the page does: cells and captions are blocks, <pre> keeps its lines, the missing image's
    // placeholder (shown in the page) is not text.
    expect(body!.text).toContain('High water, week 12\n\nDay\n\nTime\n\nMonday\n\n06:12');
    expect(body!.text).toContain('Warnings\n\nSpring tides on Thursday.');
    expect(body!.text).toContain('  depth   time\n  1.2 m   06:12\n\n  0.8 m   06:58');
    expect(body!.text).toContain('A chart of the bar: as drawn in 1902.');
    expect(shown.textContent).toContain('Chart of the river bar');
    expect(body!.text).toContain('0800\u00a0123\u00a0456\nor write');
    expect(body!.text).toContain('The depth is d=h2 at the bar');
    expect(shown.querySelector('.table-scroll > table > caption')?.textContent).toBe('High water, week 12');
    expect(shown.querySelector('math mfrac')).not.toBeNull();
    db.close();
  });
});
