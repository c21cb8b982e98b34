/**
 * Images of a Markdown article: relative ones (inline `![alt](images/x.png)` and reference-style `![alt][x]`)
 * become assets and are written as `asset:<name>`; remote, missing and refused ones stay as written (the renderer
 * shows a placeholder, nothing is fetched). Code blocks are left untouched.
 */
import type { AssetCollector } from './asset-collector';
import type { AssetSource } from './asset-source';
import { loadImageAsset } from './image-assets';

// Bounded repetitions keep a hostile line full of unclosed `![` linear rather than quadratic.
const INLINE_IMAGE =
  /(!\[(?:[^\]\\\n]|\\.){0,500}\]\( {0,10})(<[^>\n]{0,2000}>|[^\s)]{1,2000})((?:\s{1,10}(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'|\([^)\n]{0,500}\)))? {0,10}\))/g;
const REFERENCE_IMAGE = /!\[((?:[^\]\\\n]|\\.){0,500})\](?:\[((?:[^\]\\\n]|\\.){0,500})\])?(?!\()/g;
const DEFINITION = /^( {0,3}\[((?:[^\]\\\n]|\\.){1,500})\]:\s*)(<[^>\n]{0,2000}>|\S+)(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function unbracket(destination: string): string {
  return destination.startsWith('<') && destination.endsWith('>') ? destination.slice(1, -1) : destination;
}

function labelKey(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Indexes of the lines outside fenced code blocks. */
function proseLines(lines: string[]): Set<number> {
  const prose = new Set<number>();
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    } else if (marker) {
      fence = marker;
    } else {
      prose.add(index);
    }
  });
  return prose;
}

export async function rewriteMarkdownImages(
  markdown: string,
  source: AssetSource,
  collector: AssetCollector,
): Promise<string> {
  const lines = markdown.split('\n');
  const prose = proseLines(lines);
  const wanted = new Set<string>();
  const imageLabels = new Set<string>();
  for (const index of prose) {
    const line = lines[index] ?? '';
    for (const match of line.matchAll(INLINE_IMAGE)) wanted.add(unbracket(match[2] ?? ''));
    for (const match of line.matchAll(REFERENCE_IMAGE)) imageLabels.add(labelKey(match[2] || (match[1] ?? '')));
  }
  const definitions = new Map<number, RegExpExecArray>();
  for (const index of prose) {
    const match = DEFINITION.exec(lines[index] ?? '');
    if (match && imageLabels.has(labelKey(match[2] ?? ''))) {
      definitions.set(index, match);
      wanted.add(unbracket(match[3] ?? ''));
    }
  }
  const names = new Map<string, string>();
  for (const reference of wanted) {
    const name = await loadImageAsset(reference, source, collector);
    if (name) names.set(reference, name);
  }
  if (names.size === 0) return markdown;
  const rewrite = (destination: string): string => {
    const name = names.get(unbracket(destination));
    return name ? `asset:${name}` : destination;
  };
  return lines
    .map((line, index) => {
      if (!prose.has(index)) return line;
      const definition = definitions.get(index);
      if (definition) return `${definition[1]}${rewrite(definition[3] ?? '')}${definition[4] ?? ''}`;
      return line.replace(INLINE_IMAGE, (_all, open: string, destination: string, close: string) => {
        return `${open}${rewrite(destination)}${close}`;
      });
    })
    .join('\n');
}
