import type { BrowserContext } from '@playwright/test';
import { RENDERER_HOST } from './config';

function staysLocal(url: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:') || url.startsWith('offprint:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === RENDERER_HOST || hostname === 'localhost';
  } catch {
    return false;
  }
}

/**
 * Blocks and records every request that would leave this machine. Installed before the app's page loads.
 * Returns the function that lists what was attempted.
 */
export async function watchNetwork(context: BrowserContext): Promise<() => string[]> {
  const external: string[] = [];
  context.on('request', (request) => {
    if (!staysLocal(request.url())) external.push(request.url());
  });
  await context.route(
    (url) => !staysLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return () => [...external];
}
