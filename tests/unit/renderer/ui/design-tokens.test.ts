/**
 * One set of design tokens (issue 14): colours, radii and shadows are defined in src-renderer/src/ui/tokens.css
 * only, for every theme, and every other stylesheet uses them; a padding, margin, gap or font-size whose value is
 * on the spacing or type scale is written as its token (values off the scale, and em sizes that follow the
 * reader's zoom, stay as they are). A colour written into a component's stylesheet
 * would not follow the dark, sepia or high-contrast theme; a custom property used but defined nowhere (a typo
 * such as `var(--text)` for `var(--fg)`) silently falls back to nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('src-renderer', 'src');
const TOKENS = join(ROOT, 'ui', 'tokens.css');

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ending);
    return ending.test(entry.name) ? [path] : [];
  });
}

interface Declaration {
  file: string;
  prop: string;
  value: string;
}

function declarations(file: string): Declaration[] {
  const found: Declaration[] = [];
  postcss.parse(readFileSync(file, 'utf8'), { from: file }).walkDecls((decl) => {
    found.push({ file: file.slice(ROOT.length + 1), prop: decl.prop, value: decl.value });
  });
  return found;
}

const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const stylesheets = files(ROOT, /\.css$/);
const tokens = declarations(TOKENS);
const others = stylesheets.filter((file) => file !== TOKENS).flatMap(declarations);

describe('the design tokens', () => {
  it('are in one file that defines the colours of every theme', () => {
    const colours = tokens.filter((d) => d.prop.startsWith('--') && COLOUR.test(d.value)).map((d) => d.prop);
    for (const name of ['--bg', '--surface', '--fg', '--muted', '--line', '--accent', '--danger', '--focus', '--hl-yellow', '--find-match']) {
      expect(colours, name).toContain(name);
    }
    expect(tokens.map((d) => d.prop)).toEqual(expect.arrayContaining(['--radius-md', '--space-4', '--text-sm', '--shadow-dialog']));
  });

  it('are the only colours in the other stylesheets', () => {
    expect(others.filter((d) => COLOUR.test(d.value)).map((d) => `${d.file}: ${d.prop}: ${d.value}`)).toEqual([]);
  });

  it('are the only radii in pixels in the other stylesheets (em radii grow with the reader zoom)', () => {
    const radii = others.filter((d) => /radius$/.test(d.prop) && /\d(px|rem)\b/.test(d.value));
    expect(radii.map((d) => `${d.file}: ${d.prop}: ${d.value}`)).toEqual([]);
  });

  it('are the spacing and the type sizes wherever one matches: no padding, margin, gap or font-size writes a token\'s value', () => {
    const valueOf = (prefix: string) =>
      new Map(tokens.filter((d) => d.prop.startsWith(prefix)).map((d) => [Number.parseFloat(d.value), d.prop] as const));
    const scales = [
      { props: /^(padding|margin|gap|row-gap|column-gap)(-|$)/, values: valueOf('--space-') },
      { props: /^font-size$/, values: valueOf('--text-') },
    ];
    expect(scales.map((scale) => scale.values.size)).toEqual([6, 5]);
    const raw = others.flatMap((d) => {
      const scale = scales.find((s) => s.props.test(d.prop));
      if (!scale) return [];
      const written = [...d.value.matchAll(/(?<![\w.-])(\d*\.?\d+)rem\b/g)].map(([, n]) => Number(n));
      return written.filter((n) => scale.values.has(n)).map((n) => `${d.file}: ${d.prop}: ${d.value} (${n}rem is var(${scale.values.get(n)}))`);
    });
    expect(raw).toEqual([]);
  });

  it('are defined wherever they are used: every var(--x) names a property a stylesheet, the renderer or Radix sets', () => {
    // Radix's own (--radix-select-trigger-width…): the names its built code sets on what it places.
    const radix = files(resolve('node_modules', '@radix-ui'), /^index\.mjs$/).map((file) => readFileSync(file, 'utf8'));
    const code = [...files(ROOT, /\.tsx?$/).map((file) => readFileSync(file, 'utf8')), ...radix].join('\n');
    const defined = new Set([...tokens, ...others].filter((d) => d.prop.startsWith('--')).map((d) => d.prop));
    for (const [, name] of code.matchAll(/['"`](--[a-z][a-z0-9-]*)/g)) defined.add(name!);
    const used = [...tokens, ...others].flatMap((d) => [...d.value.matchAll(/var\((--[a-z0-9-]+)/g)].map(([, name]) => `${d.file}: ${name}`));
    expect(used.filter((use) => !defined.has(use.split(': ')[1]!))).toEqual([]);
  });
});
