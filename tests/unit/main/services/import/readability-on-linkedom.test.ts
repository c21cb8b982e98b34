import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../../src-main/services/import/html-dom';
import { ReadabilityOnLinkedom } from '../../../../../src-main/services/import/readability-on-linkedom';
import { FIXTURES } from './import-test-helpers';

const OVERRIDDEN = ['_isValidByline', '_isElementWithoutContent', '_getAllNodesWithTag', '_isProbablyVisible'] as const;
type Method = (...args: unknown[]) => unknown;
const original = Readability.prototype as unknown as Record<string, Method>;
const faster = ReadabilityOnLinkedom.prototype as unknown as Record<string, Method>;

const filler = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}, long enough, with commas, words and more words, for Readability to take this block as the article it keeps.</p>`).join('');

/** Pages with what each override decides on: by-lines, blank blocks, templates, hidden and styled elements. */
const PAGES: Record<string, string> = {
  bylines: `<!doctype html><html><head><title>T</title></head><body><article>
    <div class="byline">By Ada Lovelace</div><span rel="author">Grace Hopper</span><p itemprop="author">  </p>
    <div class="author-bio">${'A very long biography. '.repeat(10)}</div>${filler}</article></body></html>`,
  'blank blocks': `<html><body><div> \u00a0 \u3000 </div><section><br><br></section><div><hr><br></div><div><!-- c --></div>
    <header><span> </span></header><div><p>${filler}</p></div><h2>\u2003</h2></body></html>`,
  templates: `<html><body><template><p>In a template</p><img src="t.png"></template><main>${filler}<figure><img src="a.png"></figure></main></body></html>`,
  'hidden and styled': `<html><body><div style="display: none">${filler}</div><div style="visibility:hidden">Hidden</div>
    <p hidden>Gone</p><p aria-hidden="true" class="fallback-image">Maths</p><p aria-hidden="true">No</p>
    <svg aria-hidden="true"><title>Icon</title></svg><div style="color: red">${filler}</div></body></html>`,
};

function pagesToCheck(): Array<[string, string]> {
  const html = path.join(FIXTURES, 'html');
  const saved = readdirSync(html).filter((name) => name.endsWith('.html')).map((name): [string, string] => [name, readFileSync(path.join(html, name), 'utf8')]);
  return [...Object.entries(PAGES), ...saved];
}

describe('Readability on linkedom (faster helpers, the same article)', () => {
  it.each(pagesToCheck())('extracts the same article from %s as Readability itself', (_name, html) => {
    const expected = new Readability(parseHtmlDocument(html, 'file:///offline/')).parse();
    const actual = new ReadabilityOnLinkedom(parseHtmlDocument(html, 'file:///offline/')).parse();
    expect(actual).toEqual(expected);
  });

  it.each(pagesToCheck())('answers each overridden question on %s exactly as Readability does', (_name, html) => {
    const mismatches: string[] = [];
    let calls = 0;
    class Compared extends Readability<string> {}
    for (const name of OVERRIDDEN) {
      (Compared.prototype as unknown as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
        const expected = original[name]!.apply(this, args);
        const actual = faster[name]!.apply(this, args);
        const same = Array.isArray(actual)
          ? Array.from(expected as ArrayLike<unknown>).every((node, i) => actual[i] === node) && actual.length === (expected as ArrayLike<unknown>).length
          : actual === expected;
        calls += 1;
        if (!same) mismatches.push(`${name}(${(args[0] as Element).localName ?? '#document'})`);
        return expected;
      };
    }
    new Compared(parseHtmlDocument(html, 'file:///offline/')).parse();
    expect(calls).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  });
});
