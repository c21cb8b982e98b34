/**
 * Every stylesheet of the renderer parses whole. The build concatenates them into one file, and a block left
 * unclosed in one (a bad merge) swallows every rule after it, in other files too, with no error from the build:
 * the reader's tag chips and highlight cards lost their styles that way once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('src-renderer', 'src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('the renderer stylesheets', () => {
  const files = stylesheets(ROOT);

  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [file.slice(ROOT.length + 1), file]))('%s parses with every block closed', (_name, file) => {
    expect(() => postcss.parse(readFileSync(file, 'utf8'), { from: file })).not.toThrow();
  });
});
