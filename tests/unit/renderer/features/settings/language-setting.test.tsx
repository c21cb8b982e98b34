/** The Language setting in the Text settings panel: it changes the words on screen at once and is remembered. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextSettingsPanel } from '../../../../../src-renderer/src/features/settings/TextSettingsPanel';
import { DEFAULT_TEXT_SETTINGS } from '../../../../../src-renderer/src/features/settings/text-settings';
import { LocaleProvider } from '../../../../../src-renderer/src/ui/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../../../../src-renderer/src/ui/i18n/language-choice';
import { chooseOption, optionNames } from '../../support/select';

const noop = () => undefined;

function renderPanel() {
  return render(
    <LocaleProvider>
      <TextSettingsPanel settings={DEFAULT_TEXT_SETTINGS} onChange={noop} />
    </LocaleProvider>,
  );
}

afterEach(() => {
  localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

describe('the Language setting', () => {
  it('lists the system’s language first, then every language by its own name', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Text settings' }));
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select.textContent).toBe('System (English)');
    expect(optionNames(select)).toEqual(['System (English)', 'English', '简体中文', '繁體中文', '日本語', 'Deutsch', 'Français', 'Español', 'العربية']);
  });

  it('choosing Deutsch changes the words at once and is remembered; System goes back to English', () => {
    const view = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Text settings' }));
    chooseOption(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');

    const panel = screen.getByRole('dialog', { name: 'Texteinstellungen' });
    expect(within(panel).getByRole('radio', { name: 'Dunkel' })).toBeTruthy();
    expect(within(panel).getByRole('combobox', { name: 'Zeilenhöhe' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Texteinstellungen' })).toBeTruthy();
    expect(screen.queryByText('Line height')).toBeNull();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');

    // Remembered: a new window (a new provider) starts in German.
    view.unmount();
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Texteinstellungen' }));
    const language = screen.getByRole('combobox', { name: 'Sprache' });
    expect(optionNames(language)).toContain('Wie das System (English)');

    chooseOption(language, 'Wie das System (English)');
    expect(screen.getByRole('dialog', { name: 'Text settings' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });
});
