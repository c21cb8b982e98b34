import { describe, expect, it } from 'vitest';
import { NO_DICTIONARY_DOWNLOADS_URL, spellcheckPlan } from '../../../../src-main/services/spellcheck-policy';
import { isAllowedRequest } from '../../../../src-main/services/request-policy';

describe('spell checking offline', () => {
  it('uses the system checker on macOS and Windows', () => {
    expect(spellcheckPlan('darwin', undefined)).toEqual({ enabled: true, checker: 'system' });
    expect(spellcheckPlan('win32', undefined)).toEqual({ enabled: true, checker: 'system' });
  });

  it('is off on Linux, where it would need downloaded Hunspell dictionaries', () => {
    expect(spellcheckPlan('linux', undefined)).toEqual({ enabled: false, checker: 'none' });
    expect(spellcheckPlan('linux', 'on')).toEqual({ enabled: false, checker: 'none' });
    expect(spellcheckPlan('freebsd', undefined)).toEqual({ enabled: false, checker: 'none' });
  });

  it('is off everywhere when the setting says off', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(spellcheckPlan(platform, 'off')).toEqual({ enabled: false, checker: 'none' });
      expect(spellcheckPlan(platform, ' OFF ')).toEqual({ enabled: false, checker: 'none' });
    }
  });

  it('sends the dictionary downloader to a local address (one the request filter would refuse too)', () => {
    expect(new URL(NO_DICTIONARY_DOWNLOADS_URL).hostname).toBe('127.0.0.1');
    expect(NO_DICTIONARY_DOWNLOADS_URL.endsWith('/')).toBe(true); // Electron appends the file name
    expect(isAllowedRequest(`${NO_DICTIONARY_DOWNLOADS_URL}en-US-10-1.bdic`, null)).toBe(false);
  });
});
