/**
 * The window's panes, which F6 and Shift+F6 cycle through in document order: the sidebar, the list and the
 * reader (when open), each marked `data-pane` (the reader by its `main.reader`). A pane hidden from view (the
 * sidebar collapsed) is skipped. Moving to a pane focuses what last had the focus in it, else its current
 * roving item, else `data-pane-focus` (a selector), else its first focusable element, else the pane itself.
 */
const PANES = '[data-pane], main.reader';
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]';

/** Which pane comes next among `count`, from the one holding the focus (-1: none). Pure. */
export function nextPaneIndex(current: number, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

const lastFocused = new WeakMap<Element, HTMLElement>();

/** Remembers, for each pane, the element inside it that took the focus (call on every focusin). */
export function rememberPaneFocus(target: EventTarget | null): void {
  if (!(target instanceof HTMLElement)) return;
  const pane = target.closest(PANES);
  if (pane && target !== pane) lastFocused.set(pane, target);
}

function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

function focusTarget(pane: HTMLElement): HTMLElement {
  const remembered = lastFocused.get(pane);
  if (remembered?.isConnected && pane.contains(remembered) && isShown(remembered)) return remembered;
  const hint = pane.dataset['paneFocus'];
  const candidates = [
    pane.querySelector<HTMLElement>('[data-roving][tabindex="0"]'),
    hint ? pane.querySelector<HTMLElement>(hint) : null,
    ...pane.querySelectorAll<HTMLElement>(FOCUSABLE),
  ];
  const found = candidates.find((el): el is HTMLElement => el !== null && el.tabIndex >= 0 && isShown(el));
  if (found) return found;
  if (!pane.hasAttribute('tabindex')) pane.tabIndex = -1;
  return pane;
}

/** Moves the focus to the next (or previous) pane; false when the window has none. */
export function cyclePanes(direction: 1 | -1, root: Document = document): boolean {
  const panes = [...root.querySelectorAll<HTMLElement>(PANES)].filter(isShown);
  const active = root.activeElement;
  const next = nextPaneIndex(
    panes.findIndex((pane) => pane.contains(active)),
    panes.length,
    direction,
  );
  if (next === null) return false;
  focusTarget(panes[next]!).focus();
  return true;
}
