/**
 * Clicks on links inside article bodies and notes: never navigate; an http(s) link opens in the system browser
 * through the bridge (main checks it again), any other link does nothing.
 */
import type { MouseEvent } from 'react';
import { isWebUrl, openExternalLink } from '../data/bridge';

export function handleLinkClick(event: MouseEvent<HTMLElement>, onError: (error: unknown) => void): void {
  const target = event.target as Node | null;
  const element = target && target.nodeType === 1 ? (target as Element) : target?.parentElement;
  const anchor = element?.closest('a');
  if (!anchor || !event.currentTarget.contains(anchor)) return;
  event.preventDefault();
  if (event.type !== 'click') return;
  const href = anchor.getAttribute('href') ?? '';
  if (isWebUrl(href)) openExternalLink(href).catch(onError);
}
