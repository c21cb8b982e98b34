/**
 * The lint rule `offprint/layers`: every import of a file in a layer (eslint/layers.mjs) must go to a layer it may
 * import, a feature may reach another feature only through its index.ts, and runtime-bound packages and Node
 * built-ins stay out of the layers that cannot load them.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { featureOf, layerNamed, layerOf, mayImport } from './layers.mjs';

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(packageName(specifier));
}

/** The repository-relative path an import resolves to, without extension or `/index` (folder imports). */
function resolved(fromRel, specifier) {
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), specifier.split('?')[0]));
}

/** Whether `target` (resolved, extension-less) is feature `name`'s public entry. */
function isFeatureEntry(target, name) {
  const root = `src-renderer/src/features/${name}`;
  return target === root || target === `${root}/index` || target === `${root}/index.ts` || target === `${root}/index.tsx`;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: "Offprint's layer matrix (docs/architecture.md, eslint/layers.mjs)" },
    schema: [],
  },
  create(context) {
    const fromRel = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    const from = layerOf(fromRel);
    if (from === null) return {};
    const layer = layerNamed(from);
    const ownFeature = featureOf(fromRel);

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const target = resolved(fromRel, specifier);
        const to = layerOf(target) ?? layerOf(`${target}.ts`) ?? layerOf(`${target}.tsx`);
        if (!mayImport(from, to)) {
          const where = to ?? 'code outside the layers';
          context.report({ node, message: `${from} may not import ${where} (layer rule: ${layer.why}).` });
          return;
        }
        const targetFeature = featureOf(`${target}/`);
        if (layer.featureIndexOnly && targetFeature && targetFeature !== ownFeature && !isFeatureEntry(target, targetFeature)) {
          context.report({
            node,
            message: `Import feature "${targetFeature}" through its index.ts, not its internals (layer rule: ${layer.why}).`,
          });
        }
        return;
      }
      if (layer.denyNode && isNodeBuiltin(specifier)) {
        context.report({ node, message: `${from} may not import the Node built-in "${specifier}" (layer rule: ${layer.why}).` });
      } else if (layer.denyPackages.includes(packageName(specifier))) {
        context.report({ node, message: `${from} may not import "${packageName(specifier)}" (layer rule: ${layer.why}).` });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { layers: layersRule } };
