/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * XML documents (an EPUB's container, package, NCX and XHTML chapters) parsed by linkedom's XML parser: nothing is
 * fetched, no DTD is read, no entity is expanded beyond XML's own five. linkedom keeps prefixed names as written
 * (`dc:title`), so elements are found by their local name, whatever prefix the file gives them.
 */
import { DOMParser } from 'linkedom';

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

/** The element's name without its prefix, lower-cased (`dc:Title` → `title`). */
export function localNameOf(element: Element): string {
  const name = element.localName || element.tagName;
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

/** Every descendant element with this local name, in document order. */
export function descendantsNamed(root: Document | Element, name: string): Element[] {
  const wanted = name.toLowerCase();
  return [...root.querySelectorAll('*')].filter((element) => localNameOf(element) === wanted);
}

/** The element's direct children with this local name. */
export function childrenNamed(parent: Element, name: string): Element[] {
  const wanted = name.toLowerCase();
  return [...parent.children].filter((element) => localNameOf(element) === wanted);
}

/** An attribute by its local name, whatever its prefix (`xlink:href`, `opf:role`). */
export function attributeNamed(element: Element, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const attribute of element.attributes) {
    const local = attribute.name.slice(attribute.name.indexOf(':') + 1).toLowerCase();
    if (local === wanted) return attribute.value;
  }
  return null;
}

/** The element's text, on one line. */
export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
