/**
 * The harness serves the built renderer through the app's own services/renderer-files.ts, on this run's port:
 * what the app's offprint://app/ handler answers, the tests' server answers too (only the transport differs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { RENDERER_DIR, rendererOrigin, rendererPort } from './harness/config';

test('the renderer is served on this run’s port with its MIME types, and nothing outside its folder', async () => {
  expect(rendererPort()).toBe(Number(process.env['OFFPRINT_E2E_PORT']));
  const index = await fetch(`${rendererOrigin()}/`);
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await index.text();
  expect(html).toBe(readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8'));

  const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const js = await fetch(`${rendererOrigin()}/${script}`);
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(js.headers.get('x-content-type-options')).toBe('nosniff');

  // Encoded separators, an empty segment and a drive letter survive the URL parser: refused after decoding.
  for (const path of ['/assets%2F..%2F..%2Fpackage.json', '/..%5C..%5Cpackage.json', '//etc/passwd', '/C:/Windows/win.ini']) {
    const answer = await fetch(`${rendererOrigin()}${path}`);
    expect(answer.status, path).toBe(404);
  }
  expect((await fetch(`${rendererOrigin()}/%E0%A4%A`)).status).toBe(400);
});
