import { startRendererServer } from './harness/serve-renderer';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startRendererServer();
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
