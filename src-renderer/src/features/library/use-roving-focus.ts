/**
 * One Tab stop for a group of controls (the sidebar, the filter panel): the items (`selector`) inside the
 * container get tabindex -1 but one, which gets 0 (the last focused, else the current one `aria-current` /
 * checked, else the first); ↑ ↓, Home and End move the focus between them. Items that come and go (Show all,
 * Clear) are followed. Keys inside a text field or a drop-down keep their own meaning.
 */
import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { nextRowIndex } from './row-keys';

const OWN_ARROWS = 'select, textarea, input:not([type="checkbox"]):not([type="radio"]):not([type="button"])';
const CURRENT = '[aria-current="true"], [aria-current="page"], :checked';

function itemsIn(container: HTMLElement, selector: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.hasAttribute('disabled') && el.closest('[hidden]') === null);
}

/** Marks the items of `root` and makes one of them (`preferred` if it is one) its single Tab stop. */
function applyStop(root: HTMLElement, selector: string, preferred: HTMLElement | null): void {
  const items = itemsIn(root, selector);
  const stop = (preferred && items.includes(preferred) ? preferred : null) ?? items.find((el) => el.matches(CURRENT)) ?? items[0];
  for (const item of items) {
    item.dataset['roving'] = '';
    item.tabIndex = item === stop ? 0 : -1;
  }
}

export function useRovingFocus(container: RefObject<HTMLElement | null>, selector: string) {
  const last = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return undefined;
    const apply = () => applyStop(root, selector, last.current);
    apply();
    if (typeof MutationObserver === 'undefined') return undefined;
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true, attributeFilter: ['aria-current', 'hidden', 'disabled'] });
    return () => observer.disconnect();
  });

  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.matches(selector)) return;
    last.current = target;
    applyStop(event.currentTarget as HTMLElement, selector, target);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || target.matches(OWN_ARROWS)) return;
    const items = itemsIn(event.currentTarget as HTMLElement, selector);
    const from = items.indexOf(target);
    if (from < 0) return;
    const next = event.key.startsWith('Page') ? null : nextRowIndex(event.key, from, items.length);
    if (next === null) return;
    event.preventDefault();
    items[next]!.focus();
  };

  return { onFocus, onKeyDown };
}
