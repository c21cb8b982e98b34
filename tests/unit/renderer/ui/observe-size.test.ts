/**
 * observeSize (ui/observe-size.ts): one ResizeObserver for every element watched, each element's callback called
 * for its own changes only, and none after it stopped watching. jsdom has no ResizeObserver: a stand-in records
 * what is observed and delivers entries as the browser would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

class FakeResizeObserver {
  static made: FakeResizeObserver[] = [];
  readonly watched = new Set<Element>();
  constructor(private readonly deliver: (entries: { target: Element }[]) => void) {
    FakeResizeObserver.made.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  resized(...elements: Element[]) {
    this.deliver(elements.filter((element) => this.watched.has(element)).map((target) => ({ target })));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeResizeObserver.made = [];
});

describe('observeSize', () => {
  it('watches many elements with one observer, and calls only the callback of the element that changed', async () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { observeSize } = await import('../../../../src-renderer/src/ui/observe-size');
    const [a, b] = [document.createElement('span'), document.createElement('span')];
    const seen: string[] = [];
    const stopA = observeSize(a, () => seen.push('a'));
    observeSize(b, () => seen.push('b'));
    expect(FakeResizeObserver.made).toHaveLength(1);
    const observer = FakeResizeObserver.made[0]!;
    observer.resized(b);
    observer.resized(a, b);
    expect(seen).toEqual(['b', 'a', 'b']);
    stopA();
    observer.resized(a, b);
    expect(seen).toEqual(['b', 'a', 'b', 'b']);
    expect(observer.watched.has(a)).toBe(false);
  });
});
