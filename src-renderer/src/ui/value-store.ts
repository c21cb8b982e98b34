/**
 * A value kept outside React that every component reading it follows (an export under way, the docked panel's
 * height, a setting main keeps): the one place the renderer's small shared stores get their listeners from.
 */
import { useSyncExternalStore } from 'react';

export interface ValueStore<T> {
  get(): T;
  /** Sets the value and tells every reader (nothing happens when it is the same value). */
  set(next: T): void;
  /** The value now, followed by the component that calls it. */
  use(): T;
  /**
   * Called after the first reader subscribes (to ask main for the value, say), in a later turn, so a view rendered
   * without main (a unit test) never waits on it; asked again by the next reader when it failed.
   */
  onFirstReader(start: () => Promise<unknown>): void;
}

export function valueStore<T>(initial: T, serverValue: T = initial): ValueStore<T> {
  let value = initial;
  let start: (() => Promise<unknown>) | null = null;
  let started = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    if (!started && start) {
      started = true;
      const ask = start;
      void Promise.resolve()
        .then(ask)
        .catch(() => {
          started = false;
        });
    }
    return () => {
      listeners.delete(listener);
    };
  };
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, () => value, () => serverValue),
    onFirstReader(callback) {
      start = callback;
    },
  };
}
