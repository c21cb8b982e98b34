/** Known-item measures: the rank of the first relevant result, averaged as MRR and success at 1 and 3. */

export interface GroupFigures {
  queries: number;
  mrr: number;
  at1: number;
  at3: number;
}

/** 1-based rank of the first relevant file in `ranked`, or 0 when none is there. */
export function firstRelevant(ranked: readonly string[], relevant: readonly string[]): number {
  const i = ranked.findIndex((f) => relevant.includes(f));
  return i + 1;
}

export function figures(ranks: readonly number[]): GroupFigures {
  const n = ranks.length || 1;
  return {
    queries: ranks.length,
    mrr: ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n,
    at1: ranks.filter((r) => r === 1).length / n,
    at3: ranks.filter((r) => r > 0 && r <= 3).length / n,
  };
}
