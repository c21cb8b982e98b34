/**
 * The layer matrix of docs/architecture.md is a lint rule (`offprint/layers`, eslint/layers.mjs): this checks every
 * cell of it, allowed and forbidden, against the matrix written out here by hand, and that the real tree has no
 * import cycle between the renderer's folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'offprint/layers').map((m) => m.message);
}

/** A file in each layer, and a file each layer's imports can point at. */
const SAMPLE: Record<string, { file: string; target: string }> = {
  shared: { file: 'src-shared/text/sample.ts', target: 'src-shared/search/target' },
  contract: { file: 'src-shared/contract/sample.ts', target: 'src-shared/contract/target' },
  services: { file: 'src-main/services/sample.ts', target: 'src-main/services/target' },
  cli: { file: 'src-main/cli/sample.ts', target: 'src-main/cli/target' },
  app: { file: 'src-main/app/sample.ts', target: 'src-main/app/target' },
  preload: { file: 'src-main/preload/sample.ts', target: 'src-main/preload/target' },
  data: { file: 'src-renderer/src/data/sample.ts', target: 'src-renderer/src/data/target' },
  ui: { file: 'src-renderer/src/ui/sample.ts', target: 'src-renderer/src/ui/target' },
  feature: { file: 'src-renderer/src/features/library/sample.ts', target: 'src-renderer/src/features/reader' },
  shell: { file: 'src-renderer/src/app/sample.ts', target: 'src-renderer/src/app/target' },
  workers: { file: 'src-renderer/src/workers/sample.ts', target: 'src-renderer/src/workers/target' },
  tests: { file: 'tests/sample.ts', target: 'tests/target' },
};

const COLUMNS = ['shared', 'contract', 'services', 'cli', 'app', 'preload', 'data', 'ui', 'feature', 'shell', 'workers', 'tests'];
/** Y: the row's files may import the column's. Written by hand from docs/architecture.md, not from the rule. */
const MATRIX: Record<string, string> = {
  //         shared contract services cli app preload data ui feature shell workers tests
  shared:   'Y      Y        -        -   -   -       -    -  -       -     -       -',
  contract: '-      Y        -        -   -   -       -    -  -       -     -       -',
  services: 'Y      Y        Y        Y   -   -       -    -  -       -     -       -',
  cli:      'Y      Y        Y        Y   -   -       -    -  -       -     -       -',
  app:      'Y      Y        Y        Y   Y   -       -    -  -       -     -       -',
  preload:  '-      Y        -        -   -   Y       -    -  -       -     -       -',
  data:     'Y      Y        -        -   -   -       Y    -  -       -     -       -',
  ui:       'Y      Y        -        -   -   -       Y    Y  -       -     -       -',
  feature:  'Y      Y        -        -   -   -       Y    Y  Y       -     -       -',
  shell:    'Y      Y        -        -   -   -       Y    Y  Y       Y     -       -',
  workers:  'Y      Y        -        -   -   -       -    -  -       -     Y       -',
};

const CELLS = Object.entries(MATRIX).flatMap(([from, row]) =>
  row.split(/\s+/).map((mark, i) => ({ from, to: COLUMNS[i]!, allowed: mark === 'Y' })),
);

function specifier(fromFile: string, target: string): string {
  const rel = path.posix.relative(path.posix.dirname(fromFile), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

describe('the layer matrix', () => {
  it('covers every pair of layers', () => {
    expect(CELLS).toHaveLength(Object.keys(MATRIX).length * COLUMNS.length);
  });

  it.each(CELLS)('$from → $to: allowed $allowed', async ({ from, to, allowed }) => {
    const { file } = SAMPLE[from]!;
    const code = `import { x } from '${specifier(file, SAMPLE[to]!.target)}';\nexport const y = x;\n`;
    const errors = await layerErrors(file, code);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.some((m) => m.includes('may not import'))).toBe(true);
  });
});

describe('features reach each other only through their index.ts', () => {
  const file = 'src-renderer/src/features/library/sample.ts';
  it.each([
    ['../reader', true],
    ['../reader/index', true],
    ['../reader/ArticleView', false],
    ['./LibraryView', true],
  ])('features/library importing %s: allowed %s', async (spec, allowed) => {
    const errors = await layerErrors(file, `import { x } from '${spec}';\nexport const y = x;\n`);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.some((m) => m.includes('through its index.ts'))).toBe(true);
  });

  it('holds for the app shell too', async () => {
    const errors = await layerErrors('src-renderer/src/app/sample.ts', "import { x } from '../features/reader/ArticleView';\nexport const y = x;\n");
    expect(errors.some((m) => m.includes('through its index.ts'))).toBe(true);
  });
});

describe('packages and built-ins stay where their runtime is', () => {
  const cases: [file: string, pkg: string, allowed: boolean][] = [
    ['src-main/app/sample.ts', 'electron', true],
    ['src-main/preload/sample.ts', 'electron', true],
    ['src-main/index.ts', 'electron', true],
    ['src-main/services/sample.ts', 'electron', false],
    ['src-main/cli/sample.ts', 'electron', false],
    ['src-shared/text/sample.ts', 'electron', false],
    ['src-renderer/src/features/reader/sample.ts', 'electron', false],
    ['src-main/services/sample.ts', 'node:fs', true],
    ['src-shared/text/sample.ts', 'node:fs', false],
    ['src-shared/text/sample.ts', 'fs', false],
    ['src-main/preload/sample.ts', 'node:path', false],
    ['src-renderer/src/data/sample.ts', 'node:fs', false],
    ['src-renderer/src/workers/sample.ts', 'node:crypto', false],
    ['src-shared/text/sample.ts', 'react', false],
    ['src-shared/text/sample.ts', 'dexie', false],
    ['src-main/services/sample.ts', 'dexie', false],
    ['src-main/services/sample.ts', 'react', false],
    ['src-renderer/src/workers/sample.ts', 'react', false],
    ['src-renderer/src/data/sample.ts', 'dexie', true],
    ['src-renderer/src/features/reader/sample.ts', 'react', true],
    ['src-renderer/src/data/sample.ts', 'jsdom', false],
    ['src-shared/text/sample.ts', 'approx-string-match', true],
  ];
  it.each(cases)('%s importing %s: allowed %s', async (file, pkg, allowed) => {
    const errors = await layerErrors(file, `import x from '${pkg}';\nexport const y = x;\n`);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});

describe('the renderer as it is', () => {
  it('has no import cycle between its folders', () => {
    const root = path.join(process.cwd(), 'src-renderer/src');
    const folderOf = (file: string): string => {
      const parts = path.relative(root, file).split(path.sep);
      return parts[0] === 'features' ? `features/${parts[1]}` : parts.length > 1 ? parts[0]! : '.';
    };
    const edges = new Map<string, Set<string>>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) {
          for (const m of readFileSync(full, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
            const target = path.resolve(path.dirname(full), m[1]!);
            if (!target.startsWith(root)) continue;
            const a = folderOf(full);
            const b = folderOf(path.join(target, 'x'));
            if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
          }
        }
      }
    };
    walk(root);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, trail: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of edges.keys()) visit(node, []);
    expect(edges.size).toBeGreaterThan(5);
    expect(cycles).toEqual([]);
  });
});

describe('the source as it is', () => {
  it('has no import cycle between files, type-only imports included', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) files.push(full);
      }
    };
    for (const top of ['src-shared', 'src-main', 'src-renderer']) walk(path.join(process.cwd(), top));
    const known = new Set(files);
    const resolve = (from: string, spec: string): string | undefined => {
      const base = path.join(path.dirname(from), spec);
      return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => known.has(c));
    };
    const imports = new Map(
      files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)].flatMap((m) => resolve(f, m[1]!) ?? [])]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(process.cwd(), f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of imports.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(files.length).toBeGreaterThan(300);
    expect(cycles).toEqual([]);
  });
});
