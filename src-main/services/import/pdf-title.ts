/**
 * Whether a PDF's Title metadata is a real title: many tools write the file's name there ("Microsoft Word -
 * report.docx", "untitled.pdf", "Slide 1") instead. Pure.
 */
const NOT_TITLES = [
  /^(microsoft (word|powerpoint|excel)|word|powerpoint) - /i,
  /\.(pdf|docx?|odt|rtf|pptx?|xlsx?|tex|dvi|ps|indd|pages|txt|html?)$/i,
  /^(untitled|document|title|slide|no title|unknown)\s*\d*$/i,
  /^[\w-]+\.\w{2,4}$/,
];

export function realPdfTitle(title: string | null): string | null {
  const clean = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (clean.length < 2 || NOT_TITLES.some((pattern) => pattern.test(clean))) return null;
  return clean;
}
