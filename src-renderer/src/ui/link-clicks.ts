/**
 * Clicks on links inside article bodies, headers, notes and highlight notes: never navigate. A click (or a
 * middle-click, which a browser would open in a new tab) on a live link (the one URL policy: http, https, mailto)
 * asks main to open it; main checks that a person just clicked, asks them to confirm, and checks the URL again.
 * Any other link does nothing.
 */
import type { MouseEvent } from 'react';
import { openExternalLink } from '../data/bridge';

const PRIMARY_BUTTON = 0;
const MIDDLE_BUTTON = 1;

export function handleLinkClick(event: MouseEvent<HTMLElement>, onError: (error: unknown) => void): void {
  const target = event.target as Node | null;
  const element = target && target.nodeType === 1 ? (target as Element) : target?.parentElement;
  const anchor = element?.closest('a');
  if (!anchor || !event.currentTarget.contains(anchor)) return;
  event.preventDefault();
  const opens =
    (event.type === 'click' && event.button === PRIMARY_BUTTON) ||
    (event.type === 'auxclick' && event.button === MIDDLE_BUTTON);
  if (!opens) return;
  const href = anchor.getAttribute('href');
  if (href) openExternalLink(href).catch(onError);
}

/** The click and middle-click handlers for a container of links, so every container routes both the same way. */
export function linkClickHandlers(onError: (error: unknown) => void) {
  return {
    onClick: (event: MouseEvent<HTMLElement>) => handleLinkClick(event, onError),
    onAuxClick: (event: MouseEvent<HTMLElement>) => handleLinkClick(event, onError),
  };
}
