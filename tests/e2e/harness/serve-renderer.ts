/** Serves the built renderer (out/renderer) on the fixed 127.0.0.1 port, as Playwright's global setup. */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { RENDERER_DIR, RENDERER_HOST, RENDERER_PORT } from './config';

export function startRendererServer(): Promise<Server> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npm run build\` first.`);
  }
  const serve = sirv(RENDERER_DIR, { dev: false, etag: true, single: false });
  const server = createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(RENDERER_PORT, RENDERER_HOST, () => resolve(server));
  });
}
