/** Serves the bridge handlers over ipcMain.handle, dropping calls from any sender but our own window. */
import { ipcMain } from 'electron';
import type { InvokeChannel, InvokeHandlers } from '../../src-shared/contract';
import { isTrustedSender } from './security';

export function registerIpcHandlers(handlers: InvokeHandlers, devUrl: string | null): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    const handler = handlers[channel];
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const frame = event.senderFrame;
      if (!frame || !isTrustedSender(frame.url, frame.parent === null, devUrl)) {
        console.warn(`[offprint] dropped ${channel} from an unknown sender`);
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call Offprint.' } };
      }
      return handler(...args);
    });
  }
}
