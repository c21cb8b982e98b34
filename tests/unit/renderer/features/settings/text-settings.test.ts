import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEXT_SETTINGS,
  layoutKeyOf,
  parseTextSettings,
  textStyleProperties,
} from '../../../../../src-renderer/src/features/settings/text-settings';

describe('text settings', () => {
  it('a missing or broken stored value gives the defaults', () => {
    expect(parseTextSettings(undefined)).toEqual(DEFAULT_TEXT_SETTINGS);
    expect(parseTextSettings('dark')).toEqual(DEFAULT_TEXT_SETTINGS);
    expect(parseTextSettings({ theme: 'purple', font: 42, justify: 'yes' })).toEqual(DEFAULT_TEXT_SETTINGS);
  });

  it('keeps every valid choice', () => {
    const chosen = { theme: 'sepia', highContrast: true, font: 'mono', lineHeight: 'loose', columnWidth: 'wide', justify: true };
    expect(parseTextSettings(chosen)).toEqual(chosen);
  });

  it('sets the article typography in relative units only', () => {
    const props = textStyleProperties({ ...DEFAULT_TEXT_SETTINGS, font: 'sans', columnWidth: 'narrow', justify: true });
    expect(props['--reader-font']).toBe('var(--ui-font)');
    expect(props['--reader-measure']).toBe('30em');
    expect(props['--reader-align']).toBe('justify');
    expect(props['--reader-hyphens']).toBe('auto');
    expect(textStyleProperties(DEFAULT_TEXT_SETTINGS)['--reader-hyphens']).toBe('manual');
    expect(props['--reader-line-height']).toMatch(/^\d(\.\d+)?$/);
    for (const value of Object.values(props)) expect(value).not.toMatch(/px/);
  });

  it('the layout key changes with the typography, not with the colours', () => {
    const base = layoutKeyOf(DEFAULT_TEXT_SETTINGS);
    expect(layoutKeyOf({ ...DEFAULT_TEXT_SETTINGS, theme: 'dark', highContrast: true })).toBe(base);
    expect(layoutKeyOf({ ...DEFAULT_TEXT_SETTINGS, lineHeight: 'loose' })).not.toBe(base);
    expect(layoutKeyOf({ ...DEFAULT_TEXT_SETTINGS, font: 'mono' })).not.toBe(base);
  });
});
