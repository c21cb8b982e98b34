/**
 * Serves the built renderer (out/renderer) on 127.0.0.1 for the end-to-end tests and benchmarks, through the
 * app's own src-main/services/renderer-files.ts (the app serves the same files on offprint://app/ with it): only
 * the transport differs. The port is OFFPRINT_E2E_PORT when set, else a free one, which is then written back to
 * OFFPRINT_E2E_PORT so the tests (Playwright's workers inherit the environment) and restarts use the same origin.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serveRendererRequest } from '../../../src-main/services/renderer-files';
import { RENDERER_DIR, RENDERER_HOST } from './config';

export function startRendererServer(): Promise<Server> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npm run build\` first.`);
  }
  const requested = process.env['OFFPRINT_E2E_PORT'] ? Number(process.env['OFFPRINT_E2E_PORT']) : 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${RENDERER_HOST}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    void serveRendererRequest(url.href, RENDERER_DIR).then((answer) => {
      res.writeHead(answer.status, answer.headers);
      res.end(req.method === 'HEAD' ? undefined : answer.body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(requested, RENDERER_HOST, () => {
      process.env['OFFPRINT_E2E_PORT'] = String((server.address() as AddressInfo).port);
      resolve(server);
    });
  });
}
