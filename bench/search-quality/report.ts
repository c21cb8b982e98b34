/** The quality table, as Markdown for docs/performance.md and the terminal. */
import type { GroupFigures } from './metrics';

export interface QualityResult {
  date: string;
  command: string;
  machine: string;
  load: string;
  others: string;
  sqlite: string;
  pages: number;
  /** Pages of the issue's examples added to the real ones. */
  examples: number;
  failures: string[];
  groups: { group: string; ours: GroupFigures; fts: GroupFigures }[];
  recall: { queries: number; complete: number; missing: number; truth: number };
}

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(0)} %`;

export function renderQuality(r: QualityResult): string {
  const rows = r.groups.map(
    ({ group, ours, fts }) =>
      `| ${group} | ${ours.queries} | **${f3(ours.mrr)}** | ${f3(fts.mrr)} | ${pct(ours.at1)} | ${pct(fts.at1)} | ${pct(ours.at3)} | ${pct(fts.at3)} |`,
  );
  const rc = r.recall;
  return [
    `Measured ${r.date} with \`${r.command}\` on ${r.machine}, SQLite ${r.sqlite}. Load average at the start: ${r.load}; ` +
      `also running: ${r.others}.`,
    '',
    `${r.pages} real pages imported by the app's importer${r.failures.length ? ` (${r.failures.length} refused: ${r.failures.join('; ')})` : ''}` +
      `, plus ${r.examples} pages of issue 15's examples (bench/search-quality/examples.ts, the "issue example" queries); ` +
      'queries generated from the ground-truth titles (bench/search-quality/queries.ts). Offprint gets the words as typed ' +
      '(no trailing space, so its last word is also a prefix); FTS5 (unicode61) gets the words quoted, the cut word as a ' +
      'prefix, ranked by bm25 with the same field weights.',
    '',
    '| queries | n | MRR Offprint | MRR FTS5 | @1 Offprint | @1 FTS5 | @3 Offprint | @3 FTS5 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Recall against a brute-force scan: ${rc.complete} of ${rc.queries} queries return every page the scan finds ` +
      `(${rc.missing} of ${rc.truth} scanned matches missing).`,
  ].join('\n');
}
