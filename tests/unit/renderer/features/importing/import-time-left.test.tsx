/**
 * The time left while an import runs, on a slow fixture: a fake bridge whose chunks take the time a fake clock says
 * (no sleeps), the first ones slow (workers starting, large files), the rest at a steady pace, 48 s in all. The
 * panel's estimate never promises "5 s left" while far more is ahead.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../src-renderer/src/app/App';
import type { ImportBatch } from '../../../../../src-shared/contract';
import { ImportRun, type ImportProgressView } from '../../../../../src-renderer/src/features/importing/import-runner';
import { formatTimeLeft } from '../../../../../src-renderer/src/features/importing/import-summary';
import { createI18n } from '../../../../../src-shared/i18n';
import { parsedArticle } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb } from '../../support/render';

afterEach(() => {
  vi.restoreAllMocks();
});

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

  it('is shown in the import panel, from the pace of the last seconds', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let hold = () => undefined as void;
    const held = new Promise<void>((resolve) => (hold = resolve));
    const articles = Array.from({ length: ARTICLES }, (_, i) => parsedArticle({ title: `Article ${i}`, contentHash: `h-${i}` }));
    const bridge = installFakeBridge({
      sample: { ok: true, value: { articles: [], failures: [] } },
      chosen: ['/slow'],
      parse: () => ({ articles, failures: [] }),
      chunkSize: CHUNK,
      beforeNext: async (i) => {
        if (i === 20) await held; // 100 of 200 handed over, after 12 s slow and 16 s steady
        now += chunkMs(i);
      },
    });
    render(<App db={freshDb()} />);
    await waitFor(() => expect(document.body.dataset.appState).toBe('ready'));
    act(() => bridge.menu('import-folder'));
    const status = () => screen.getByRole('status', { name: 'Import status' });
    // 100 left at the last seconds' pace (5 a second): 20 s, not the 28 s that the average since the start would say.
    await waitFor(() => expect(status().textContent).toContain('Importing… 100 of 200 · about 20 s left'));
    hold();
    await waitFor(() => expect(status().textContent).toContain('Imported 200 articles.'));
  });
});
