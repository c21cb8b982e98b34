/**
 * YAML scalars for front matter. Strings are written double-quoted: YAML 1.2 reads a JSON string as a
 * double-quoted scalar, so JSON.stringify does the escaping of quotes, backslashes and control characters, and the
 * characters YAML would still not take as they are (DEL, C1 controls, line and paragraph separators, the BOM) are
 * escaped on top. A title with `: `, `#`, quotes or Chinese text thus stays one plain string.
 */
const NOT_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

export function yamlString(value: string): string {
  return JSON.stringify(value).replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type YamlValue = string | number | null | readonly string[];

/** A string, a number, `null`, or a flow list of strings. */
export function yamlValue(value: YamlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return yamlString(value);
  return `[${value.map(yamlString).join(', ')}]`;
}

/** `key: value` lines between `---` fences. Keys are plain identifiers chosen by the caller. */
export function frontMatter(fields: ReadonlyArray<readonly [string, YamlValue]>): string {
  return ['---', ...fields.map(([key, value]) => `${key}: ${yamlValue(value)}`), '---'].join('\n');
}
