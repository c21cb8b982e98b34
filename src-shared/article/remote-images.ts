/**
 * How many images of a Markdown body are only on the web (`![…](https://…)`, `![…](//…)`, or a reference image
 * whose definition is such an address): the importer keeps local images as assets and never fetches these, so the
 * reader shows placeholders for them. Fenced code is left out. Pure.
 */

// Bounded repetitions keep a hostile line linear (the importer's own image patterns, markdown-images.ts).
const INLINE_IMAGE = /!\[(?:[^\]\\\n]|\\.){0,500}\]\( {0,10}(<[^>\n]{0,2000}>|[^\s)]{1,2000})/g;
const REFERENCE_IMAGE = /!\[((?:[^\]\\\n]|\\.){0,500})\](?:\[((?:[^\]\\\n]|\\.){0,500})\])?(?!\()/g;
const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,500})\]:\s*(<[^>\n]{0,2000}>|\S+)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REMOTE = /^(?:https?:)?\/\//i;

function isRemote(destination: string): boolean {
  const bare = destination.startsWith('<') && destination.endsWith('>') ? destination.slice(1, -1) : destination;
  return REMOTE.test(bare.trim());
}

function labelKey(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The lines outside fenced code blocks. */
function proseLines(markdown: string): string[] {
  const prose: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    } else if (marker) fence = marker;
    else prose.push(line);
  }
  return prose;
}

export function remoteMarkdownImages(markdown: string): number {
  const lines = proseLines(markdown);
  const remoteLabels = new Set<string>();
  for (const line of lines) {
    const definition = DEFINITION.exec(line);
    if (definition && isRemote(definition[2] ?? '')) remoteLabels.add(labelKey(definition[1] ?? ''));
  }
  let count = 0;
  for (const line of lines) {
    for (const match of line.matchAll(INLINE_IMAGE)) if (isRemote(match[1] ?? '')) count += 1;
    for (const match of line.matchAll(REFERENCE_IMAGE)) if (remoteLabels.has(labelKey(match[2] || (match[1] ?? '')))) count += 1;
  }
  return count;
}
