/**
 * What the import benchmarks share: the machine line of a result, one import through the app's own menu (File →
 * Import…) timed to its final status, and a marked table in docs/performance.md written again on each run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { openApp } from '../../tests/e2e/harness';

type App = Awaited<ReturnType<typeof openApp>>;

/** "2 × AMD EPYC, 24 GiB, Node v20.20.2, load average 3.1 at the end". */
export function machineLine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the end`;
}

/** Imports `paths` through the app's menu command and waits for "Imported …": the time taken and the final status. */
export async function importThroughApp(app: App, paths: string[], command: 'import' | 'import-folder'): Promise<{ ms: number; summary: string }> {
  const status = app.page.getByRole('status', { name: 'Import status' });
  await app.chooseOnNextImport(paths);
  const started = performance.now();
  await app.emit('menu:command', command);
  await status.filter({ hasText: /^Imported / }).waitFor({ timeout: 30 * 60_000 });
  const ms = performance.now() - started;
  const summary = ((await status.textContent()) ?? '').replace(/View report|Dismiss/g, '').trim();
  return { ms, summary };
}

/** The peak resident memory of this process (main's services and the import workers run in it), in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A table cell's text, with the pipes that would end the cell escaped. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export interface MarkedTable {
  /** The comment lines around the table: `<!-- NAME:start -->`, `<!-- NAME:end -->`. */
  marker: string;
  /** The heading and prose put before the markers the first time. */
  section: string;
  /** Where the section goes the first time: the text before which it is put. */
  before: string;
  /** A measure/value table: rows of [measure, value]. */
  rows: [string, string][];
}

/** Writes the table between its markers in docs/performance.md (adding the section first if it is not there). */
export function writeMarkedTable({ marker, section, before, rows }: MarkedTable): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    ...rows.map(([measure, value]) => `| ${measure} | ${value} |`),
  ].join('\n');
  const docPath = join(process.cwd(), 'docs', 'performance.md');
  let doc = readFileSync(docPath, 'utf8');
  if (!doc.includes(start)) {
    const at = doc.indexOf(before);
    if (at < 0) throw new Error(`docs/performance.md has no "${before}" to put the ${marker} table before`);
    doc = `${doc.slice(0, at)}${section}${start}\n${end}\n\n${doc.slice(at)}`;
  }
  writeFileSync(docPath, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`);
  return docPath;
}
