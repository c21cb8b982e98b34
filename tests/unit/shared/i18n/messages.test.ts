import { describe, expect, it } from 'vitest';
import { LOCALES, type ShippedLocale } from '../../../../src-shared/i18n';
import { MESSAGES, NAMESPACES } from '../../../../src-shared/i18n/messages';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a message tree, as `namespace:path.to.key` → text. */
function leaves(tree: unknown, prefix: string, out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) leaves(value, prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`, out);
  }
  return out;
}

function catalog(locale: ShippedLocale): Map<string, string> {
  const out = new Map<string, string>();
  for (const namespace of NAMESPACES) leaves(MESSAGES[locale][namespace], `${namespace}:`, out);
  return out;
}

/** The placeholders of a message, without their format (`{{count, number}}` → count). */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const english = catalog('en');
const englishKeys = new Set([...english.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s messages', (locale) => {
  const messages = catalog(locale);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('have every English message, and plural messages in every form the language needs', () => {
    const missing: string[] = [];
    for (const key of englishKeys) {
      const isPlural = english.has(`${key}_other`);
      const needed = isPlural ? categories.map((category) => `${key}_${category}`) : [key];
      for (const name of needed) if (!messages.has(name)) missing.push(name);
    }
    expect(missing).toEqual([]);
  });

  it('have no message English does not have', () => {
    const extra = [...messages.keys()].filter((key) => !englishKeys.has(key.replace(PLURAL_SUFFIX, '')));
    expect(extra).toEqual([]);
  });

  it('use the same placeholders as English, and are not left empty', () => {
    const wrong: string[] = [];
    for (const [key, text] of messages) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const source = english.get(key) ?? english.get(`${base}_other`) ?? english.get(base) ?? '';
      // A plural form may spell out its number ("مقالتان": two articles) instead of showing {{count}}.
      const wanted = placeholders(source).filter((name) => !(PLURAL_SUFFIX.test(key) && name === 'count'));
      const have = placeholders(text).filter((name) => !(PLURAL_SUFFIX.test(key) && name === 'count'));
      if (text.trim() === '' || wanted.join() !== have.join()) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the English messages', () => {
  it('never glue a sentence from pieces: no message starts or ends with a space', () => {
    const glued = [...english].filter(([, text]) => text !== text.trim()).map(([key]) => key);
    expect(glued).toEqual([]);
  });
});
