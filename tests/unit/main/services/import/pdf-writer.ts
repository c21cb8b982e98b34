/**
 * A minimal PDF writer for the PDF importer's tests: pages of text in Helvetica (a standard font, so the file
 * needs no font data) at given places and sizes, Title and Author metadata, and optionally a password (a
 * standard security handler whose empty user password does not match, as a protected file's would not).
 */

/** One text run: `top` is its baseline's distance from the page's top edge, in points. */
export interface PdfRun {
  x: number;
  top: number;
  size: number;
  text: string;
}

export interface PdfOptions {
  title?: string;
  author?: string;
  password?: boolean;
}

const WIDTH = 612;
const HEIGHT = 792;

const literal = (text: string): string => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

function contentOf(runs: readonly PdfRun[]): string {
  return runs.map((run) => `BT /F1 ${run.size} Tf ${run.x} ${HEIGHT - run.top} Td ${literal(run.text)} Tj ET`).join('\n');
}

export function makePdf(pages: readonly PdfRun[][], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<</Type/Catalog/Pages 2 0 R>>');
  add('');
  add('<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>');
  const kids = pages.map((runs) => {
    const content = contentOf(runs);
    const stream = add(`<</Length ${content.length}>>\nstream\n${content}\nendstream`);
    return add(`<</Type/Page/Parent 2 0 R/MediaBox[0 0 ${WIDTH} ${HEIGHT}]/Contents ${stream} 0 R/Resources<</Font<</F1 3 0 R>>>>>>`);
  });
  objects[1] = `<</Type/Pages/Kids[${kids.map((id) => `${id} 0 R`).join(' ')}]/Count ${kids.length}>>`;
  const info = add(`<<${options.title ? `/Title${literal(options.title)}` : ''}${options.author ? `/Author${literal(options.author)}` : ''}>>`);
  const hex = (byte: string) => `<${byte.repeat(32)}>`;
  const encrypt = options.password ? add(`<</Filter/Standard/V 1/R 2/O${hex('4f')}/U${hex('55')}/P -4>>`) : 0;

  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const secured = encrypt ? `/Encrypt ${encrypt} 0 R/ID[<${'ab'.repeat(16)}><${'ab'.repeat(16)}>]` : '';
  pdf += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R/Info ${info} 0 R${secured}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
