/**
 * Where a zoom step's time goes, from Chromium's own counters (CDP Performance.getMetrics, cumulative): the
 * style recalculation, the layout and the script of one step, read before and after it.
 */
import type { Page } from '@playwright/test';

export interface StepCost {
  styleMs: number;
  layoutMs: number;
  scriptMs: number;
}

export async function costCounter(page: Page): Promise<() => Promise<() => Promise<StepCost>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return async () => {
    const before = await read();
    return async () => {
      const after = await read();
      const ms = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
      return { styleMs: ms('RecalcStyleDuration'), layoutMs: ms('LayoutDuration'), scriptMs: ms('ScriptDuration') };
    };
  };
}
