import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src-main/services/import/html-dom';
import { editEventTarget, linkedomLazyListeners } from '../../../vite/linkedom-lazy-listeners.mjs';

const linkedomRoot = path.dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));
const source = (build: 'esm' | 'cjs'): string => readFileSync(path.join(linkedomRoot, build, 'interface', 'event-target.js'), 'utf8');

/** The class in a node's prototype chain that defines addEventListener: linkedom's EventTarget. */
function eventTargetClass(node: Node): { toString(): string } {
  let proto: object | null = Object.getPrototypeOf(node);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'addEventListener')) proto = Object.getPrototypeOf(proto);
  return (proto as { constructor: { toString(): string } }).constructor;
}

describe("linkedom's listener maps made on first use (vite/linkedom-lazy-listeners.mjs)", () => {
  it.each(['esm', 'cjs'] as const)('edits the installed linkedom (%s): no map per node in the constructor', (build) => {
    const edited = editEventTarget(source(build));
    expect(source(build)).toMatch(/constructor\(\) \{\s*wm\.set\(this, new Map\);?\s*\}/);
    expect(edited).not.toMatch(/constructor\(\) \{\s*wm\.set/);
    expect(edited).toContain('if (!wm.has(this))');
  });

  it('is what the tests run: the DOM main parses pages into makes no map per node', () => {
    const doc = parseHtmlDocument('<p>x</p>');
    expect(String(eventTargetClass(doc.body))).not.toMatch(/constructor\(\) \{\s*wm\.set/);
  });

  it('refuses a linkedom whose code it does not know, naming the edit', () => {
    expect(() => editEventTarget(source('esm').replace('wm.set(this, new Map);', 'wm.set(this, new Map());'))).toThrow(/constructor\(\) \{/);
  });

  it('touches only linkedom’s event-target module', () => {
    const plugin = linkedomLazyListeners() as { transform: (code: string, id: string) => unknown };
    expect(plugin.transform('x', '/n/node_modules/linkedom/esm/interface/element.js')).toBeNull();
    expect(plugin.transform('x', '/n/node_modules/other/esm/interface/event-target.js')).toBeNull();
    expect(plugin.transform(source('esm'), '/n/node_modules/linkedom/esm/interface/event-target.js')).toMatchObject({ code: expect.stringContaining('if (!wm.has(this))') });
  });

  it('keeps events working: listeners added, called once or every time, and removed', () => {
    const doc = parseHtmlDocument('<div><button>Go</button></div>');
    const button = doc.querySelector('button')!;
    const calls: string[] = [];
    const every = (): void => void calls.push('every');
    button.addEventListener('click', every);
    button.addEventListener('click', () => calls.push('once'), { once: true });
    doc.querySelector('div')!.addEventListener('click', () => calls.push('parent'));
    button.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    button.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('click'));
    button.removeEventListener('click', every);
    button.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('click'));
    expect(calls).toEqual(['every', 'once', 'parent', 'every']);
    // A node that never had a listener: removing one is a no-op, as in a browser.
    expect(() => doc.body.removeEventListener('click', every)).not.toThrow();
  });
});
