/**
 * Keys that zoom the article's text beside the menu accelerators (Ctrl/Cmd + `=`): `+` typed with Shift, and the
 * numeric keypad. Pure, so it is tested in Node; the window wires it to `before-input-event`.
 */
import type { MenuCommand } from '../../src-shared/contract';

export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
}

export function zoomCommandForKey(input: KeyInput, platform: NodeJS.Platform): MenuCommand | null {
  if (input.type !== 'keyDown' || input.alt) return null;
  const modifier = platform === 'darwin' ? input.meta : input.control;
  if (!modifier) return null;
  if (input.key === '+' || input.code === 'NumpadAdd') return 'zoom-in';
  if (input.code === 'NumpadSubtract') return 'zoom-out';
  if (input.code === 'Numpad0') return 'zoom-reset';
  return null;
}
