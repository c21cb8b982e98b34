/**
 * A build-time edit of linkedom 0.18 (pinned): every node it creates (each element, attribute and text node of a
 * page) made a Map for its event listeners and put it in one module-wide WeakMap, in its EventTarget constructor.
 * Nothing in Offprint listens for events on a parsed page, and those millions of WeakMap entries were a fifth of
 * an HTML import's CPU time, mostly in garbage collection (docs/performance.md). With this edit the map is made
 * by the first addEventListener on the node: the same behaviour, without the cost for nodes nobody listens to.
 *
 * Applied wherever main's code is built: the app (electron.vite.config.ts, which bundles linkedom for it), the
 * unit and corpus tests (vitest, linkedom inlined) and the benchmarks (bench/run-ts.mjs). Each edit must match
 * exactly once, so a linkedom whose code changed fails the build instead of being silently left as it was.
 */

const EVENT_TARGET = /[\\/]linkedom[\\/](?:esm|cjs)[\\/]interface[\\/]event-target\.js$/;

/** [what linkedom writes, what it becomes] */
const EDITS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    if (!wm.has(this))\n      wm.set(this, new Map);\n    const map = wm.get(this);\n',
  ],
  [
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

/** The edited source of linkedom's event-target.js (throws when linkedom's code is not the one this edits). */
export function editEventTarget(code) {
  let edited = code.replace(/\r\n/g, '\n');
  for (const [from, to] of EDITS) {
    const count = edited.split(from).length - 1;
    if (count !== 1) throw new Error(`linkedom-lazy-listeners: expected one "${from.split('\n')[0].trim()}" in linkedom's event-target.js, found ${count}`);
    edited = edited.replace(from, to);
  }
  return edited;
}

/** The Vite plugin. */
export function linkedomLazyListeners() {
  return {
    name: 'offprint-linkedom-lazy-listeners',
    enforce: 'pre',
    transform(code, id) {
      return EVENT_TARGET.test(id.replace(/\?.*$/, '')) ? { code: editEventTarget(code), map: null } : null;
    },
  };
}
