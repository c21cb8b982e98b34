/// <reference lib="dom" />
/**
 * An XHTML chapter, parsed as XML (so that `<a id="x"/>` closes where XML says it does), written back as HTML for
 * the HTML path of the importer: void elements without end tags, every other element closed, namespace
 * declarations and prefixed attributes dropped (`xml:lang` becomes `lang`; SVG's `xlink:href` stays for its images),
 * comments and processing instructions dropped. linkedom's XML parser leaves HTML's named character references
 * (`&nbsp;`, `&eacute;`) as written; they are passed through for the HTML parser to decode.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITY_OR_AMPERSAND = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31};|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)|&/g;

function escapeAmpersands(text: string): string {
  return text.replace(ENTITY_OR_AMPERSAND, (match) => (match === '&' ? '&amp;' : match));
}

function escapeText(text: string): string {
  return escapeAmpersands(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributesOf(element: Element): string {
  let out = '';
  for (const attribute of element.attributes) {
    let name = attribute.name;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    if (name === 'xml:lang') name = 'lang';
    else if (name.includes(':') && name !== 'xlink:href') continue;
    out += ` ${name}="${escapeAmpersands(attribute.value).replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
  }
  return out;
}

function write(node: Node, out: string[]): void {
  if (node.nodeType === 3 || node.nodeType === 4) {
    out.push(escapeText(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const name = element.tagName.includes(':') ? element.tagName.slice(element.tagName.indexOf(':') + 1) : element.tagName;
  out.push(`<${name}${attributesOf(element)}>`);
  // A void element has no children in XHTML; in a chapter that is really HTML (`<br>` unclosed), what the XML parser
  // put inside it follows it.
  const isVoid = VOID.has(name.toLowerCase());
  for (const child of element.childNodes) write(child, out);
  if (!isVoid) out.push(`</${name}>`);
}

/** The children of `element` as HTML. */
export function childrenAsHtml(element: Element): string {
  const out: string[] = [];
  for (const child of element.childNodes) write(child, out);
  return out.join('');
}
