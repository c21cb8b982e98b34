import { describe, expect, it } from 'vitest';
import {
  canonicalLanguageTag,
  languageFilterKey,
  languageLabel,
  languageName,
  languageRegion,
} from '../../../../src-shared/article/language-tag';

describe('canonicalLanguageTag: the stored tag, with its region', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en_us', 'en-US'],
    ['EN-gb', 'en-GB'],
    ['zh_CN', 'zh-CN'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['en-US,en;q=0.9', 'en-US'],
    ['English', 'en'],
    ['Deutsch', 'de'],
    ['中文', 'zh'],
    ['日本語', 'ja'],
  ])('%s → %s', (declared, tag) => {
    expect(canonicalLanguageTag(declared)).toBe(tag);
  });

  it.each([[null], [''], ['und'], ['x-default'], ['not a language tag!'], ['zxx']])('%j names no language', (declared) => {
    expect(canonicalLanguageTag(declared)).toBeNull();
  });
});

describe('the language filter groups by language, keeping the region to show', () => {
  it('puts en-US, en-GB and en under English', () => {
    expect(['en-US', 'en-GB', 'en', 'en_au'].map(languageFilterKey)).toEqual(['en', 'en', 'en', 'en']);
    expect(['en-US', 'en-GB', 'en'].map(languageName)).toEqual(['English', 'English', 'English']);
  });

  it('keeps the region', () => {
    expect(languageRegion('en-GB')).toBe('GB');
    expect(languageRegion('en')).toBeNull();
    expect(languageLabel('en-GB')).toBe('English (United Kingdom)');
    expect(languageLabel('pt-BR')).toBe('Portuguese (Brazil)');
    expect(languageLabel('ja')).toBe('Japanese');
  });

  it('groups Chinese scripts and regions under Chinese', () => {
    expect(['zh-CN', 'zh-Hant-TW', 'zh'].map(languageFilterKey)).toEqual(['zh', 'zh', 'zh']);
    expect(languageName('zh-Hant-TW')).toBe('Chinese');
  });

  it('has no key or name without a language', () => {
    expect(languageFilterKey(null)).toBeNull();
    expect(languageName('und')).toBeNull();
    expect(languageLabel(undefined)).toBeNull();
  });
});
