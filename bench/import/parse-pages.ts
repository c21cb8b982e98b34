/**
 * `node bench/run-ts.mjs bench/import/parse-pages.ts <folder> [out.jsonl]`: every .html page of the folder through
 * main's importer in this one thread (importFileAtPath, as an import worker runs it), no app and no renderer. Prints
 * the wall and CPU time (CPU time is the figure to compare on a machine that other work shares) and the slowest
 * pages; with `out.jsonl`, writes one line per page (its metadata, and hashes of its text and body) so that two
 * versions of the importer can be diffed for any change in what they import. `ROUNDS=2` runs the folder twice
 * (the second round with a warm JIT).
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFileAtPath } from '../../src-main/services/import/import-file';

const [folderArg, out] = process.argv.slice(2);
if (!folderArg) {
  console.error('usage: node bench/run-ts.mjs bench/import/parse-pages.ts <folder> [out.jsonl]');
  process.exit(2);
}
const folder = resolve(folderArg);
const rounds = Number(process.env.ROUNDS ?? 1);
const files = readdirSync(folder).filter((name) => /\.html?$/i.test(name)).sort();
const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

let lines: string[] = [];
let times: Array<[number, string]> = [];
for (let round = 0; round < rounds; round += 1) {
  lines = [];
  times = [];
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const name of files) {
    const started = performance.now();
    const outcome = await importFileAtPath(join(folder, name), { maxFileBytes: 200 * 2 ** 20 });
    times.push([performance.now() - started, name]);
    if ('article' in outcome) {
      const { meta, text, body, assets } = outcome.article;
      lines.push(JSON.stringify({ name, meta, text: hash(text), body: hash(body.content), assets: assets.map((asset) => [asset.name, asset.bytes.length]) }));
    } else {
      lines.push(JSON.stringify({ name, failure: outcome.failure }));
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  console.log(`round ${round + 1}: ${files.length} pages, ${((performance.now() - wallStart) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`);
}
times.sort((a, b) => b[0] - a[0]);
console.log(times.slice(0, 5).map(([ms, name]) => `  ${ms.toFixed(0)} ms ${name}`).join('\n'));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
