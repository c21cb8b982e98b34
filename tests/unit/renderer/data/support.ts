/** A fresh database per test (fake-indexeddb in Node) and the real DOMPurify sanitizer over a jsdom window. */
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { OffprintDatabase } from '../../../../src-renderer/src/data/database';
import { createHtmlSanitizer } from '../../../../src-renderer/src/data/sanitize-html';

export function freshDb(): OffprintDatabase {
  return new OffprintDatabase(`offprint-unit-${crypto.randomUUID()}`);
}

export const sanitize = createHtmlSanitizer(new JSDOM('').window as unknown as WindowLike);
