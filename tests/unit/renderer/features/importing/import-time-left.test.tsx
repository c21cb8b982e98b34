/**
 * The time left while an import runs, on a slow fixture: a fake bridge whose chunks take the time a fake clock says
 * (no sleeps), the first ones slow (workers starting, large files), the rest at a steady pace, 48 s in all. The
 * panel's estimate never promises "5 s left" while far more is ahead.
 */
import { describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../../../../src-shared/contract';
import { ImportRun, type ImportProgressView } from '../../../../../src-renderer/src/features/importing/import-runner';
import { formatTimeLeft } from '../../../../../src-renderer/src/features/importing/import-summary';
import { createI18n } from '../../../../../src-shared/i18n';
import { parsedArticle } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb } from '../../support/render';

const t = createI18n('en').getFixedT<['importing', 'common', 'errors']>('en', ['importing', 'common', 'errors']);

const ARTICLES = 200;
const CHUNK = 5;

/** How long (ms) handing over chunk `i` takes: the first 4 chunks (20 articles) 3 s each, then 1 s each. */
const chunkMs = (i: number) => (i < 4 ? 3000 : 1000);

describe('the time left of an import', () => {
  it('on a slow start then a steady pace, never promises far too little of a 48 s import', async () => {
    let now = 0;
    const articles = Array.from({ length: ARTICLES }, (_, i) => parsedArticle({ title: `Article ${i}`, contentHash: `h-${i}` }));
    const batch: ImportBatch = { articles, failures: [] };
    installFakeBridge({
      parse: () => batch,
      chunkSize: CHUNK,
      beforeNext: (i) => {
        now += i < ARTICLES / CHUNK ? chunkMs(i) : 0;
      },
    });
    const total = Array.from({ length: ARTICLES / CHUNK }, (_, i) => chunkMs(i)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(45_000);
    const seen: { atMs: number; view: ImportProgressView }[] = [];
    const run = new ImportRun(
      freshDb(),
      { label: 'slow', steps: [{ source: { kind: 'files', files: [] } }] },
      (view) => seen.push({ atMs: now, view }),
      () => now,
    );
    const result = await run.run();
    expect(result.added).toBe(ARTICLES);
    const shown = seen.filter((point) => point.view.secondsLeft !== null);
    expect(shown.length).toBeGreaterThan(20);
    for (const { atMs, view } of shown) {
      const actual = (total - atMs) / 1000;
      // Never far too little; and never "about 5 s left" while more than 15 s are ahead.
      expect(view.secondsLeft as number).toBeGreaterThanOrEqual(actual * 0.75);
      if (actual > 15) expect(formatTimeLeft(view.secondsLeft, t)).not.toBe('about 5 s left');
    }
    // Once the pace is steady, the estimate is close to the truth.
    for (const { atMs, view } of shown.filter((point) => point.atMs > 30_000)) {
      expect(view.secondsLeft as number).toBeLessThan(((total - atMs) / 1000) * 1.3 + 2);
    }
  });
});
