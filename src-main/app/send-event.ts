import type { WebContents } from 'electron';
import type { MainEventName, MainEvents } from '../../src-shared/contract';

/** The one typed way main sends an event to the renderer. */
export function sendEvent<E extends MainEventName>(contents: WebContents, event: E, payload: MainEvents[E]): void {
  if (!contents.isDestroyed()) contents.send(event, payload);
}
