import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeLocale, createI18n, isolate, pseudoLocalise } from '../../../../src-shared/i18n';

describe('createI18n', () => {
  it('is translated at once, with the fallback to English for a locale', () => {
    const i18n = createI18n('zh-Hans');
    expect(i18n.t('close')).toBe('关闭');
    changeLocale(i18n, 'de');
    expect(i18n.t('common:close')).toBe('Schließen');
  });

  it('gives Arabic its six plural forms for 0, 1, 2, 5, 11 and 101 articles', () => {
    const i18n = createI18n('ar');
    const forms = [0, 1, 2, 5, 11, 101].map((count) => i18n.t('articleCount', { count }));
    expect(forms).toEqual(['لا مقالات', 'مقالة واحدة', 'مقالتان', '5 مقالات', '11 مقالةً', '101 مقالة']);
  });

  it('formats numbers in the message by the language', () => {
    expect(createI18n('en').t('articleCount', { count: 3412 })).toBe('3,412 articles');
    expect(createI18n('de').t('articleCount', { count: 3412 })).toBe('3.412 Artikel');
  });

  it('chooses Polish-like plural forms (one, few, many) through Intl.PluralRules', () => {
    // Polish is not shipped: a test locale with its four forms shows the rules are the language's, not ours.
    const i18n = i18next.createInstance();
    void i18n.init({
      lng: 'pl',
      initAsync: false,
      resources: {
        pl: {
          common: { file_one: '{{count}} plik', file_few: '{{count}} pliki', file_many: '{{count}} plików', file_other: '{{count}} pliku' },
        },
      },
      defaultNS: 'common',
    });
    const t = i18n.t as unknown as (key: string, options: { count: number }) => string;
    expect([0, 1, 2, 5, 11, 22, 101, 1.5].map((count) => t('file', { count }))).toEqual([
      '0 plików', '1 plik', '2 pliki', '5 plików', '11 plików', '22 pliki', '101 plików', '1.5 pliku',
    ]);
  });
});

describe('the pseudo-locale', () => {
  it('accents, lengthens by about 40 % and brackets text, keeping placeholders and tags', () => {
    const text = pseudoLocalise('Delete {{count}} articles from <1>{{name}}</1>');
    expect(text).toMatch(/^\[Ðéľéţé \{\{count\}\} áŕţíçľéš ƒŕóɱ <1>\{\{name\}\}<\/1> ~+\]$/);
    expect(text.length).toBeGreaterThanOrEqual('Delete {{count}} articles from <1>{{name}}</1>'.length + 8);
  });

  it('is a locale createI18n can use', () => {
    expect(createI18n('en-XA').t('close')).toBe('[Çľóšé ~~]');
  });
});

describe('isolate', () => {
  it('wraps a title in first-strong isolates', () => {
    expect(isolate('مقالة')).toBe('\u2068مقالة\u2069');
  });
});
