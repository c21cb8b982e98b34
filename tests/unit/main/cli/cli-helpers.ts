/** Runs the bundle tool in-process on a scratch folder, capturing what it prints. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../../../src-main/cli/run-cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd });
  return { code, stdout, stderr };
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'offprint-cli-'));
}

export function write(root: string, relative: string, content: string | Uint8Array): string {
  const full = join(root, relative);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

export const SQUARE_PNG = join(process.cwd(), 'tests/fixtures/e2e/images/square.png');

/** A folder of articles: Markdown with front matter and an image, an HTML page, a Chinese text page, a PDF. */
export function articlesFolder(root: string, name = 'articles'): string {
  const folder = join(root, name);
  write(folder, 'rivers.md', '---\ntitle: Rivers of the North\nauthor: Ada Reader\ndate: 2017-09-28\ntags: [water, maps]\nlang: en\nurl: https://example.org/rivers\n---\n\nThe rivers of the north run cold and clear.\n\n![A square](images/square.png)\n');
  mkdirSync(join(folder, 'images'), { recursive: true });
  copyFileSync(SQUARE_PNG, join(folder, 'images/square.png'));
  write(folder, 'web/bridges.html', `<!doctype html><html lang="en"><head><title>Bridges</title><meta name="author" content="Ben Builder"><meta property="og:site_name" content="Engineering Weekly"></head><body><article><h1>Bridges</h1><p>${'Bridges carry roads over rivers and valleys. '.repeat(12)}</p></article></body></html>`);
  write(folder, 'zh/security.txt', '全球安全治理的中国方案\n\n中国方案为全球安全治理作出了重要贡献。\n\n各国应当加强合作，共同应对挑战。\n');
  write(folder, 'report.docx', 'PK not an article');
  return folder;
}
