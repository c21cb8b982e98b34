/**
 * Layout checks for the hostile-library test (issue 14), run in the page:
 * - `sidewaysOverflow`: how many pixels an element's content is wider than its box (0: no horizontal scroll bar).
 * - `clippedTexts`: the texts a reader cannot read whole. A text is clipped when the element that holds it is
 *   narrower than its text (scrollWidth > clientWidth), or when an ancestor that hides its overflow cuts it part
 *   way. Clipped is allowed only with an ellipsis (text-overflow: ellipsis, or a line clamp) where it is cut and a
 *   tooltip (a title on it or an ancestor) that holds the whole text; everything else is reported, each as
 *   "<tag.class> “the start of the text…”: why".
 */
import type { Page } from '@playwright/test';

export function sidewaysOverflow(page: Page, selector = ':root'): Promise<number> {
  return page.locator(selector).first().evaluate((el) => el.scrollWidth - el.clientWidth);
}

export function clippedTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const ellipsis = (el: Element) => {
      const style = getComputedStyle(el);
      return style.textOverflow === 'ellipsis' || (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '');
    };
    const hasTooltip = (el: Element, text: string) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const title = at.getAttribute('title');
        if (title !== null && squash(title).includes(text)) return true;
      }
      return false;
    };
    const problems: string[] = [];
    const seen = new Set<Element>();
    for (const root of document.querySelectorAll(rootSelector)) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (seen.has(el)) continue;
        seen.add(el);
        const own = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && squash(node.textContent) !== '');
        if (!own || !el.checkVisibility()) continue;
        const text = squash(el.textContent);
        const box = el.getBoundingClientRect();
        // Visually hidden text (a 1 px box, for screen readers) is not text a reader sees cut.
        if (box.width <= 1 || box.height <= 1) continue;
        // The element that cuts the text: the text's own box, or an ancestor hiding its overflow that cuts it part way.
        let cutBy: Element | null = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 ? el : null;
        for (let at = el.parentElement; !cutBy && at && at !== document.body; at = at.parentElement) {
          const overflowX = getComputedStyle(at).overflowX;
          if (overflowX !== 'hidden' && overflowX !== 'clip') continue;
          const edge = at.getBoundingClientRect();
          const across = (box.left < edge.left - 1 && box.right > edge.left) || (box.right > edge.right + 1 && box.left < edge.right);
          if (across) cutBy = at;
        }
        if (!cutBy) continue;
        const why = [!ellipsis(cutBy) && `cut by ${name(cutBy)} without an ellipsis`, !hasTooltip(el, text) && 'no tooltip with the whole text']
          .filter(Boolean)
          .join(', ');
        if (why) problems.push(`${name(el)} “${text.slice(0, 40)}…”: ${why}`);
      }
    }
    return problems;
  }, selector);
}
