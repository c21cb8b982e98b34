/**
 * The reading position of the open article: restored once its body is shown (again when its images have loaded,
 * unless the reader moved meanwhile), saved while scrolling (at most every SAVE_MS, and when the view closes),
 * the progress through the body, and "read" when the reader reaches its end: coming to the end, not being there,
 * so that an article marked unread by hand stays unread while the reader scrolls about its end, and one reopened
 * at its end (where it was left) is not marked read again until the reader leaves the end and comes back.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { OffprintDatabase } from '../../data/database';
import { bodyProgress, imagesSettled, pageFraction } from './reading-geometry';
import { getReadingPosition, markRead, setReadingPosition, type ReadingPosition } from '../../data/reading-position-store';
import { placeSettled } from '../../ui/settled-scroll';
import { findTextAnchor, readingTop, scrollTextAnchorTo, textAnchorTop } from '../../ui/text-anchor';

const SAVE_MS = 250;
/** Never wait longer than this for images before the position counts as restored. */
const IMAGES_MAX_MS = 3000;

export type PositionState = 'loading' | 'restored' | 'unsaved' | 'saved';

function restore(root: Element, position: ReadingPosition | null): void {
  if (!position) return;
  if (position.textOffset !== null && scrollTextAnchorTo(root, position.textOffset, readingTop())) return;
  const max = document.documentElement.scrollHeight - window.innerHeight;
  window.scrollTo({ top: position.fraction * Math.max(0, max), behavior: 'instant' });
}

/** The progress at the top of the reading area (reading-geometry.ts), from the text found there. */
function progressOf(root: Element): number {
  const top = readingTop();
  return bodyProgress(root, top, window.innerHeight, findTextAnchor(root, top), root.textContent.length);
}

/** Restores the place and keeps it while the layout around it settles; resolves then, or once `gone()`. */
function settle(root: Element, position: ReadingPosition | null, gone: () => boolean): Promise<void> {
  const offset = position?.textOffset ?? null;
  const placing = placeSettled(
    () => !gone() && restore(root, position),
    () => (offset === null ? window.scrollY : textAnchorTop(root, offset)),
  );
  return placing.settled;
}

function measure(root: Element): ReadingPosition {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return { textOffset: findTextAnchor(root, readingTop()), fraction: pageFraction(window.scrollY, max) };
}

export function useReadingPosition(
  db: OffprintDatabase,
  articleId: string,
  getRoot: () => Element | null,
  bodyReady: boolean,
  onError: (error: unknown) => void,
): { state: PositionState; progress: number } {
  const [status, setStatus] = useState<{ articleId: string; state: PositionState } | null>(null);
  const state: PositionState = bodyReady && status?.articleId === articleId ? status.state : 'loading';
  const [progress, setProgress] = useState(0);
  const latest = useRef<{ articleId: string; position: ReadingPosition } | null>(null);
  /** Where restoring scrolled to: the scroll event that follows is the app's own, not the reader's. */
  const restoredY = useRef<number | null>(null);
  /** The text offset at the top of the place last restored or saved (null: none, or not known by its text). */
  const keptOffset = useRef<number | null>(null);
  /** Whether the end of the body was in view at the last check (or where the saved position put the reader). */
  const atEnd = useRef(false);

  useEffect(() => {
    latest.current = null;
    const root = getRoot();
    if (!bodyReady || !root) return undefined;
    const setState = (next: PositionState) => setStatus({ articleId, state: next });
    let cancelled = false;
    let userMoved = false;
    const moved = () => (userMoved = true);
    const inputs = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    for (const type of inputs) window.addEventListener(type, moved, { passive: true, capture: true });
    void (async () => {
      const position = await getReadingPosition(db, articleId);
      if (cancelled) return;
      restore(root, position);
      await imagesSettled(root, IMAGES_MAX_MS);
      if (cancelled) return;
      // Again, until the sections of a long body around the place have their real sizes (ui/settled-scroll.ts).
      if (!userMoved) await settle(root, position, () => cancelled || userMoved);
      if (cancelled) return;
      restoredY.current = window.scrollY;
      keptOffset.current = position?.textOffset ?? null;
      const value = progressOf(root);
      atEnd.current = position !== null && value >= 1;
      setProgress(value);
      setState('restored');
    })().catch(onError);
    return () => {
      cancelled = true;
      for (const type of inputs) window.removeEventListener(type, moved, { capture: true });
    };
  }, [db, articleId, getRoot, bodyReady, onError]);

  const restored = state !== 'loading';
  // A layout effect, so that on leaving the view its cleanup still sees the article in the page.
  useLayoutEffect(() => {
    const root = getRoot();
    if (!restored || !root) return undefined;
    const setState = (next: PositionState) => setStatus({ articleId, state: next });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const position = measure(root);
      latest.current = { articleId, position };
      keptOffset.current = position.textOffset;
      setReadingPosition(db, articleId, position)
        .then(() => timer === undefined && setState('saved'))
        .catch(onError);
    };
    const check = () => {
      const value = progressOf(root);
      setProgress(value);
      if (value >= 1 && !atEnd.current) markRead(db, articleId).catch(onError);
      atEnd.current = value >= 1;
    };
    const onScroll = () => {
      check();
      const own = restoredY.current !== null && Math.abs(window.scrollY - restoredY.current) < 1;
      restoredY.current = null;
      // The page moved but the same text is at the top (the browser's anchoring as a long body's sections take
      // their real sizes, a zoom step keeping the place): the place is still the one saved.
      if (own || (keptOffset.current !== null && findTextAnchor(root, readingTop()) === keptOffset.current)) return;
      setState('unsaved');
      timer ??= setTimeout(save, SAVE_MS);
    };
    check();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (timer === undefined) return;
      clearTimeout(timer);
      const position = root.isConnected ? measure(root) : latest.current?.position;
      if (position) setReadingPosition(db, articleId, position).catch(onError);
    };
  }, [db, articleId, getRoot, restored, onError]);

  return { state, progress };
}
