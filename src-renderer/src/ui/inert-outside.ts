/**
 * Makes everything but `element` inert (the siblings of it and of each of its ancestors up to the body) until the
 * returned function is called. An open drop-down's list is modal: Radix hides the rest from assistive technology
 * and takes the pointer from it, and inert also takes the focus from what is hidden (axe: aria-hidden-focus).
 */
export function inertOutside(element: HTMLElement): () => void {
  const made: Element[] = [];
  for (let at: HTMLElement | null = element; at?.parentElement && at !== document.body; at = at.parentElement) {
    for (const sibling of at.parentElement.children) {
      if (sibling === at || sibling.hasAttribute('inert')) continue;
      sibling.setAttribute('inert', '');
      made.push(sibling);
    }
  }
  return () => {
    for (const element of made) element.removeAttribute('inert');
  };
}
