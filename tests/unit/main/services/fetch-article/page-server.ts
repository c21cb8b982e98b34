/**
 * A small web server on 127.0.0.1 for the download tests, started by each test file: pages, redirects, a 404,
 * a page that never finishes (held until the server closes), a huge page, and redirects to other schemes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The ferry timetable</title></head>
<body><article><h1>The ferry timetable</h1>
<p>The morning ferry leaves the harbour at six, before the fishing boats come back with the tide.</p>
<p>In winter the last crossing is at four, and the café on the pier closes when the ferry has gone.</p>
<p>Tickets are sold on board; bicycles travel free, and dogs on a lead are welcome on the upper deck.</p>
</article></body></html>`;

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface PageServer {
  origin: string;
  /** Requests by path, in order. */
  requests: string[];
  /** Requests being answered right now (held ones included), and the most at once. */
  active: () => number;
  mostAtOnce: () => number;
  close: () => Promise<void>;
}

function huge(response: ServerResponse, bytes: number): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const block = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const more = () => {
    while (sent < bytes) {
      sent += block.byteLength;
      if (!response.write(block)) return void response.once('drain', more);
    }
    response.end();
  };
  response.on('error', () => undefined);
  more();
}

export const ROUTES: Record<string, Handler> = {
  '/page': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML),
  '/notes.txt': (_q, r) => void r.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Harbour notes\n\nThe ferry leaves at six.\n'),
  '/paper.pdf': (_q, r) => void r.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/missing': (_q, r) => void r.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
  '/broken': (_q, r) => void r.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Oops</h1>'),
  '/loop': (_q, r) => void r.writeHead(302, { location: '/loop' }).end(),
  '/to-file': (_q, r) => void r.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/to-data': (_q, r) => void r.writeHead(301, { location: 'data:text/html,<p>hi</p>' }).end(),
  '/to-ftp': (_q, r) => void r.writeHead(307, { location: 'ftp://127.0.0.1/page' }).end(),
  '/deep/relative': (_q, r) => void r.writeHead(308, { location: '../page' }).end(),
  // Sends its headers and never its body: only the time limit ends it.
  '/slow': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).write('<html><body><p>The first words'),
  '/huge': (_q, r) => huge(r, 8 * 1024 * 1024),
  '/huge-declared': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end(),
};

/** `/hop/N` sends the download on N more times before the page. */
function hop(request: IncomingMessage, response: ServerResponse): boolean {
  const match = /^\/hop\/(\d+)$/.exec(request.url ?? '');
  if (!match) return false;
  const left = Number(match[1]);
  response.writeHead(302, { location: left === 0 ? '/page' : `/hop/${left - 1}` }).end();
  return true;
}

export async function startPageServer(extra: Record<string, Handler> = {}): Promise<PageServer> {
  const requests: string[] = [];
  let active = 0;
  let most = 0;
  const open = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    active += 1;
    most = Math.max(most, active);
    open.add(response);
    response.on('close', () => {
      active -= 1;
      open.delete(response);
    });
    const route = extra[path] ?? ROUTES[path];
    if (route) route(request, response);
    else if (!hop(request, response)) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    active: () => active,
    mostAtOnce: () => most,
    close: () =>
      new Promise((resolve) => {
        for (const response of open) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
