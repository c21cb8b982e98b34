/**
 * A long Markdown book for the zoom benchmark: chapters with headings, paragraphs of ordinary English prose,
 * lists and quotes, to about the size asked (2 MB by default), the same text on every run.
 */
const WORDS = (
  'the reader turned the page and the light of the lamp fell across the margin where someone long ago had written ' +
  'a note in small careful letters about the river the harbour the winter market and the people who came each ' +
  'morning to trade salt bread wool and news from the villages beyond the hills while the bells of the old town ' +
  'counted the hours and the library kept its books in long quiet rows'
).split(' ');

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number): string {
  return Array.from({ length: 5 + (seed % 4) }, (_, i) => sentence(seed + i, 12 + ((seed + i) % 9))).join(' ');
}

export function makeBook(targetBytes = 2 * 1024 * 1024): string {
  const parts = ['---\ntitle: The Long Book of the Harbour Town\nauthor: Bench Writer\n---\n'];
  let size = parts[0]!.length;
  for (let chapter = 1; size < targetBytes; chapter += 1) {
    const block = [`## Chapter ${chapter}`];
    for (let p = 0; p < 24; p += 1) block.push(paragraph(chapter * 31 + p));
    block.push(`- ${sentence(chapter, 8)}\n- ${sentence(chapter + 1, 9)}\n- ${sentence(chapter + 2, 10)}`);
    block.push(`> ${paragraph(chapter + 5)}`);
    const text = `${block.join('\n\n')}\n`;
    parts.push(text);
    size += text.length;
  }
  return parts.join('\n');
}
