/// <reference lib="dom" />
/**
 * Readability (0.6.0, pinned) with four of its helpers answering the same question with less work, for main's
 * DOM (linkedom), where reading text and matching selectors are JavaScript walks rather than a browser's native
 * code. Each override returns exactly what Readability's own method returns (tests/unit/main/services/import/
 * readability-on-linkedom.test.ts runs both on the same nodes); none changes what Readability keeps.
 *
 * - `_isValidByline` read the whole text of every element it looked at (on a page of 10,000 elements, the text
 *   of each one's subtree) before checking whether the element could be a by-line at all; it now checks first.
 * - `_isElementWithoutContent` joined an element's whole text to see whether it was blank; it now stops at the
 *   first character that is not white space.
 * - `_isProbablyVisible` read `style.display` and `style.visibility` of every element it looked at, which on
 *   linkedom parses a new CSSStyleDeclaration per element; an element without a style attribute has neither.
 * - `_getAllNodesWithTag` ran querySelectorAll (css-select on every element) for lists of tag names; it now
 *   compares names in one walk, in the same document order.
 */
import { Readability } from '@mozilla/readability';
import { elementsNamed, hasText } from './dom-walk';

/** What the overrides use of Readability's internals (not in its published types). */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isProbablyVisible(node: Element): unknown;
}

export class ReadabilityOnLinkedom<T = string> extends Readability<T> {
  _isValidByline(node: Element, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    const mayBeByline =
      node.getAttribute('rel') === 'author' ||
      Boolean(itemprop && itemprop.includes('author')) ||
      (this as unknown as ReadabilityInternals).REGEXPS.byline.test(matchString);
    if (!mayBeByline) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }

  _isElementWithoutContent(node: Node): boolean {
    if (node.nodeType !== 1 || hasText(node)) return false;
    const element = node as Element;
    const children = element.children.length;
    return children === 0 || children === element.getElementsByTagName('br').length + element.getElementsByTagName('hr').length;
  }

  /** Truthy when visible; the same value Readability's returns (its last operand may be '' or undefined). */
  _isProbablyVisible(node: Element): unknown {
    // linkedom parses an element's style attribute into a new CSSStyleDeclaration the first time `style` is read:
    // without the attribute, `display` and `visibility` are empty, so only the rest of the check is needed.
    if (node.hasAttribute('style')) return (Readability.prototype as unknown as ReadabilityInternals)._isProbablyVisible.call(this, node);
    return (
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true' || (node.className && node.className.includes && node.className.includes('fallback-image')))
    );
  }

  _getAllNodesWithTag(node: Node, tagNames: readonly string[]): Element[] {
    return elementsNamed(node, new Set(tagNames.map((name) => name.toLowerCase())));
  }
}
