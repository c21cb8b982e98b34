import { describe, expect, it } from 'vitest';
import { intlLocaleFor } from '../../../../src-renderer/src/ui/i18n/use-formatting-locale';

describe('the locale dates and numbers are formatted in', () => {
  it("is the system's own variant of the interface language, else the interface language", () => {
    expect(intlLocaleFor('en', ['en-GB', 'fr-FR'])).toBe('en-GB');
    expect(intlLocaleFor('fr', ['en-GB', 'fr-CA'])).toBe('fr-CA');
    expect(intlLocaleFor('de', ['en-GB'])).toBe('de');
    expect(intlLocaleFor('zh-Hant', ['zh-CN', 'zh-TW'])).toBe('zh-TW');
    expect(intlLocaleFor('zh-Hans', ['zh-TW'])).toBe('zh-Hans');
  });

  it('formats the pseudo-locale as English', () => {
    expect(intlLocaleFor('en-XA', ['en-AU'])).toBe('en-AU');
    expect(intlLocaleFor('en-XA', ['ja-JP'])).toBe('en');
  });
});
