// Setup of the jsdom project: an in-memory IndexedDB that keeps Blobs, object URLs (jsdom has none), no real
// scrolling or resizing, English messages, and a clean DOM after each test.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { setI18n } from 'react-i18next';
import { createI18n } from '../../../src-shared/i18n';
import { installBlobKeepingClone } from './support/clone-blobs';

installBlobKeepingClone();
// Radix's drop-down (ui/Select) watches its button's size and scrolls its options into view: jsdom does neither.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
Element.prototype.scrollIntoView ??= () => undefined;
// Components rendered without the app's LocaleProvider read their words in English from this instance.
setI18n(createI18n('en'));
// findBy…/waitFor wait for the app's own signals; a busy two-core machine can take more than the default second.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  let counter = 0;
  URL.createObjectURL = vi.fn((blob: Blob | MediaSource) => {
    counter += 1;
    return `blob:offprint-test/${counter}-${blob instanceof Blob ? blob.type : 'media-source'}`;
  });
  URL.revokeObjectURL = vi.fn();
  // Like Chromium's, this scrollTo returns a Promise (an effect that returned it would break on unmount).
  window.scrollTo = vi.fn(() => Promise.resolve()) as unknown as typeof window.scrollTo;
});

afterEach(() => {
  cleanup();
  delete document.body.dataset.appState;
  Reflect.deleteProperty(window, 'offprint');
});
