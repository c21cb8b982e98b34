/**
 * One ResizeObserver for many elements: each element's callback runs when that element's size changes. The
 * library's rows each watch their tags; 30 rows arriving in one frame (a scrollbar drag) then cost one observer's
 * delivery rather than 30 observers'.
 */
type OnResize = () => void;

const callbacks = new WeakMap<Element, OnResize>();
let shared: ResizeObserver | null = null;

function observer(): ResizeObserver {
  shared ??= new ResizeObserver((entries) => {
    for (const entry of entries) callbacks.get(entry.target)?.();
  });
  return shared;
}

/** Calls `onResize` when `element` is first laid out and whenever its size changes; returns the way to stop. */
export function observeSize(element: Element, onResize: OnResize): () => void {
  callbacks.set(element, onResize);
  observer().observe(element);
  return () => {
    callbacks.delete(element);
    shared?.unobserve(element);
  };
}
