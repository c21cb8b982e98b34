import { describe, expect, it } from 'vitest';
import { chooseLocale, localeDirection } from '../../../../src-shared/i18n';

describe('chooseLocale', () => {
  it.each([
    [['zh-CN'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['zh-HK'], 'zh-Hant'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-MO'], 'zh-Hant'],
    [['zh-Hant-CN'], 'zh-Hant'],
    [['ja-JP'], 'ja'],
    [['de-AT'], 'de'],
    [['fr-CA'], 'fr'],
    [['es-419'], 'es'],
    [['ar-EG'], 'ar'],
    [['en_GB'], 'en'],
  ])('takes %j as %s', (preferred, locale) => {
    expect(chooseLocale(preferred)).toBe(locale);
  });

  it('takes the first preferred language Offprint ships, and English when none', () => {
    expect(chooseLocale(['pl-PL', 'ru', 'de-DE', 'fr'])).toBe('de');
    expect(chooseLocale(['pl-PL', 'not a tag'])).toBe('en');
    expect(chooseLocale([])).toBe('en');
  });

  it('lays Arabic out right to left and the others left to right', () => {
    expect(localeDirection('ar')).toBe('rtl');
    expect(localeDirection('zh-Hans')).toBe('ltr');
  });
});
