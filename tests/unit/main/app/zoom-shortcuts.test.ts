import { describe, expect, it } from 'vitest';
import { zoomCommandForKey, type KeyInput } from '../../../../src-main/app/zoom-shortcuts';

const key = (over: Partial<KeyInput>): KeyInput => ({
  type: 'keyDown',
  key: '',
  code: '',
  control: false,
  meta: false,
  alt: false,
  ...over,
});

describe('zoom keys beside the menu accelerators', () => {
  it('zooms in on Ctrl + "+" and the keypad on Windows and Linux', () => {
    expect(zoomCommandForKey(key({ key: '+', code: 'Equal', control: true }), 'linux')).toBe('zoom-in');
    expect(zoomCommandForKey(key({ key: '+', code: 'NumpadAdd', control: true }), 'win32')).toBe('zoom-in');
    expect(zoomCommandForKey(key({ key: '-', code: 'NumpadSubtract', control: true }), 'win32')).toBe('zoom-out');
    expect(zoomCommandForKey(key({ key: '0', code: 'Numpad0', control: true }), 'linux')).toBe('zoom-reset');
  });

  it('uses Cmd on macOS, not Ctrl', () => {
    expect(zoomCommandForKey(key({ key: '+', meta: true }), 'darwin')).toBe('zoom-in');
    expect(zoomCommandForKey(key({ key: '+', control: true }), 'darwin')).toBeNull();
  });

  it('ignores plain typing, key-up and Alt chords', () => {
    expect(zoomCommandForKey(key({ key: '+' }), 'linux')).toBeNull();
    expect(zoomCommandForKey(key({ key: '+', control: true, type: 'keyUp' }), 'linux')).toBeNull();
    expect(zoomCommandForKey(key({ key: '+', control: true, alt: true }), 'linux')).toBeNull();
  });
});
