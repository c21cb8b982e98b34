/**
 * Offprint's layers and the imports each may make: ONE table, read by the lint rule below and by
 * tests/unit/layer-rules.test.ts (which checks every cell, allowed and forbidden). The model is VS Code's
 * `code-layering` rule: the runtime is in the path, and a layer imports only the layers below it.
 *
 * A layer is a set of folders (first match wins). `imports` lists the layers its files may import (its own is
 * always allowed); `packages` says which npm packages and Node built-ins it may not use.
 */

/** Packages that need a runtime: a layer that may not have that runtime may not import them. */
const ELECTRON = ['electron'];
const REACT = [
  'react', 'react-dom', 'react-markdown', 'remark-gfm', 'dexie-react-hooks', '@tanstack/react-virtual', 'lucide-react', 'react-i18next',
  '@radix-ui/react-dialog', '@radix-ui/react-dropdown-menu', '@radix-ui/react-popover', '@radix-ui/react-tooltip',
];
const BROWSER_ONLY = ['dexie', 'dompurify'];
const NODE_ONLY = ['jsdom', 'chardet', 'iconv-lite', 'gray-matter', 'smol-toml', 'ajv', 'csv-parse', 'zod'];

export const LAYERS = [
  {
    name: 'shared',
    folders: ['src-shared/'],
    imports: [],
    denyPackages: [...ELECTRON, ...REACT, ...BROWSER_ONLY, ...NODE_ONLY],
    denyNode: true,
    why: 'src-shared runs anywhere: it imports nothing of ours but src-shared, and no runtime-bound package',
  },
  {
    name: 'main-services',
    folders: ['src-main/services/', 'src-main/cli/'],
    imports: ['shared'],
    denyPackages: [...ELECTRON, ...REACT, ...BROWSER_ONLY],
    denyNode: false,
    why: 'services and cli are plain Node: they import src-shared only, never electron',
  },
  {
    name: 'main-app',
    folders: ['src-main/app/', 'src-main/index.ts'],
    imports: ['main-services', 'shared'],
    denyPackages: [...REACT, ...BROWSER_ONLY],
    denyNode: false,
    why: "main's Electron adapters import services and src-shared",
  },
  {
    name: 'preload',
    folders: ['src-main/preload/'],
    imports: ['shared-contract'],
    denyPackages: [...REACT, ...BROWSER_ONLY, ...NODE_ONLY],
    denyNode: true,
    why: 'the sandboxed preload loads only electron and the shared contract',
  },
  {
    name: 'renderer-data',
    folders: ['src-renderer/src/data/'],
    imports: ['shared'],
    denyPackages: [...ELECTRON, ...NODE_ONLY],
    denyNode: true,
    why: "the renderer's data layer is at the bottom: it imports src-shared only",
  },
  {
    name: 'renderer-ui',
    folders: ['src-renderer/src/ui/'],
    imports: ['renderer-data', 'shared'],
    denyPackages: [...ELECTRON, ...NODE_ONLY],
    denyNode: true,
    why: "the renderer's ui layer imports data and src-shared, never a feature",
  },
  {
    name: 'renderer-features',
    folders: ['src-renderer/src/features/'],
    imports: ['renderer-ui', 'renderer-data', 'shared'],
    denyPackages: [...ELECTRON, ...NODE_ONLY],
    denyNode: true,
    featureIndexOnly: true,
    why: "a feature imports ui, data, src-shared, and other features only through their index.ts",
  },
  {
    name: 'renderer-app',
    folders: ['src-renderer/src/app/', 'src-renderer/src/main.tsx'],
    imports: ['renderer-features', 'renderer-ui', 'renderer-data', 'shared'],
    denyPackages: [...ELECTRON, ...NODE_ONLY],
    denyNode: true,
    featureIndexOnly: true,
    why: "the renderer's shell imports features (through their index.ts), ui, data and src-shared",
  },
  {
    name: 'workers',
    folders: ['src-renderer/src/workers/'],
    imports: ['shared'],
    denyPackages: [...ELECTRON, ...REACT, ...NODE_ONLY],
    denyNode: true,
    why: 'a worker imports src-shared only',
  },
];

/** The contract is a part of `shared` that the preload may import. */
const CONTRACT_FOLDER = 'src-shared/contract/';

/** The layer of a repository-relative path, or null for code outside the layers (tests, bench, config). */
export function layerOf(relPath) {
  if (relPath.startsWith(CONTRACT_FOLDER) || relPath === 'src-shared/contract') return 'shared-contract';
  for (const layer of LAYERS) {
    if (layer.folders.some((f) => (f.endsWith('/') ? relPath.startsWith(f) : relPath === f))) return layer.name;
  }
  return null;
}

/** The layer description of a layer name (shared-contract is shared's). */
export function layerNamed(name) {
  return LAYERS.find((l) => l.name === (name === 'shared-contract' ? 'shared' : name)) ?? null;
}

/** Whether a file of layer `from` may import a file of layer `to` (null: outside every layer, e.g. tests). */
export function mayImport(from, to) {
  if (to === null) return false;
  if (from === 'shared-contract') return to === 'shared-contract';
  const base = (name) => (name === 'shared-contract' ? 'shared' : name);
  if (base(from) === base(to)) return true;
  const allowed = layerNamed(from)?.imports ?? [];
  return allowed.includes(to) || (to === 'shared-contract' && allowed.includes('shared'));
}

/** `src-renderer/src/features/<name>/…` → name, else null. */
export function featureOf(relPath) {
  const match = /^src-renderer\/src\/features\/([^/]+)\//.exec(relPath);
  return match ? match[1] : null;
}
