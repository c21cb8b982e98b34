/**
 * The plain text of a Markdown body, for word counts, search and keywords: the words a reader sees, without the
 * syntax (markers, link targets, HTML tags, table rules), paragraphs separated by blank lines.
 * Every inline pattern is bounded ({0,1000}), so a hostile line full of unclosed `[`, `_` or `**` stays linear.
 */

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/<!--[\s\S]*?-->/g, ''],
  [/^ {0,3}(`{3,}|~{3,}).*$/gm, ''],
  [/^ {0,3}\[\^?[^\]\n]{1,500}\]:\s+\S+.*$/gm, ''],
  [/^ {0,3}([-*_])( *\1){2,} *$/gm, ''],
  [/^ {0,3}(=+|-+) *$/gm, ''],
  [/^ {0,3}(>\s?)+/gm, ''],
  [/^ {0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/gm, '$1'],
  [/^(\s*)([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/gm, '$1'],
  [/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, ''],
  [/!\[((?:[^\]\\\n]|\\.){0,500})\]\([^)\n]{0,2000}\)/g, '$1'],
  [/!\[((?:[^\]\\\n]|\\.){0,500})\]\[[^\]\n]{0,500}\]/g, '$1'],
  [/\[((?:[^\]\\\n]|\\.){0,500})\]\([^)\n]{0,2000}\)/g, '$1'],
  [/\[((?:[^\]\\\n]|\\.){0,500})\]\[[^\]\n]{0,500}\]/g, '$1'],
  [/\[\^[^\]\n]{1,200}\]/g, ''],
  [/<(https?:\/\/[^>\s]{1,2000})>/g, '$1'],
  [/<\/?[a-zA-Z][^>\n]{0,1000}>/g, ''],
  [/(`+)(.{1,1000}?)\1/g, '$2'],
  [/(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1/g, '$2'],
  [/(?<![\p{L}\p{N}\\])([*_])(?=\S)(.{1,1000}?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2'],
  [/~~(?=\S)(.{1,1000}?)(?<=\S)~~/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'],
];

export function markdownToText(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, '\n');
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text
    .split('\n')
    .map((line) => (/\|/.test(line) ? line.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, '  ') : line))
    .join('\n');
}
