/** Text runs into lines: runs whose baselines meet are one line, read left to right, a space where they part. Pure. */
import { hasText, type PdfItem, type PdfLine } from './pdf-layout';

type Place = Pick<PdfLine, 'page' | 'column'>;

function joinRuns(runs: PdfItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const apart = run.x - end > run.size * 0.15;
    if (text !== '' && apart && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

function toLine(runs: PdfItem[], place: Place): PdfLine {
  const sized = runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return {
    text: joinRuns([...runs].sort((a, b) => a.x - b.x)),
    x: Math.min(...runs.map((r) => r.x)),
    right: Math.max(...runs.map((r) => r.x + r.width)),
    top: sized.top,
    size: sized.size,
    ...place,
  };
}

/** The runs of one column as lines, top to bottom. */
export function linesOf(items: readonly PdfItem[], place: Place): PdfLine[] {
  const runs = items.filter(hasText).sort((a, b) => a.top - b.top || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const run of runs) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(run.top - first.top) < Math.min(run.size, first.size) * 0.5) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => toLine(group, place)).filter((line) => line.text !== '');
}
