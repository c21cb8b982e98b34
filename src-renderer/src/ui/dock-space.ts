/**
 * The height of what is docked at the bottom of the window (the import panel), so that nothing else lies under
 * it: the page reserves it at its end and in its scroll padding (`--dock-space`, see base.css), fixed panels stop
 * above it, and the library list keeps the row it scrolls to above it (useDockSpace).
 */
import { useEffect, type RefObject } from 'react';
import { valueStore } from './value-store';

const space = valueStore(0);

function setDockSpace(px: number): void {
  if (px === space.get()) return;
  const root = document.documentElement.style;
  if (px > 0) root.setProperty('--dock-space', `${px}px`);
  else root.removeProperty('--dock-space');
  space.set(px);
}

/** The docked height now, in CSS pixels (0 when nothing is docked). */
export const useDockSpace = space.use;

/** Docks the element: its height, followed as it changes, is the space the rest of the page leaves free. */
export function useDockedElement(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setDockSpace(Math.ceil(element.getBoundingClientRect().height)));
    observer.observe(element);
    return () => {
      observer.disconnect();
      setDockSpace(0);
    };
  }, [ref]);
}
