import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src-shared/i18n';
import { failureReason } from '../../../../../src-renderer/src/features/importing/import-summary';

const tFor = (locale: 'de' | 'ar' | 'en') =>
  createI18n(locale).getFixedT<['importing', 'common', 'errors']>(locale, ['importing', 'common', 'errors']);

describe('failureReason', () => {
  it('shows a coded failure in German with its value', () => {
    const failure = { path: '/a/b.pdf', reason: 'Offprint cannot import “.pdf” files.', code: 'unsupportedExtension' as const, params: { extension: '.pdf' } };
    expect(failureReason(failure, tFor('de'))).toMatch(/^Offprint kann keine „\u2068\.pdf\u2069“-Dateien importieren\./);
  });

  it('shows a coded failure in Arabic with both sizes', () => {
    const failure = { path: 'big.html', reason: 'too large', code: 'tooLarge' as const, params: { size: '300 MB', limit: '200 MB' } };
    const text = failureReason(failure, tFor('ar'));
    expect(text).toContain('الملف كبير جدًا');
    expect(text).toContain('300 MB');
    expect(text).toContain('200 MB');
  });

  it('keeps the English words of a failure without a code', () => {
    expect(failureReason({ path: 'x', reason: 'The archive is damaged.' }, tFor('de'))).toBe('The archive is damaged.');
  });

  it('translates a cause inside a reason, and isolates the inserted path in Arabic', () => {
    const failure = {
      path: 'book.epub',
      reason: 'The EPUB’s file “OEBPS/one.xhtml” cannot be read. The entry is damaged (its checksum does not match).',
      code: 'epubFileUnreadable' as const,
      params: { path: 'OEBPS/one.xhtml', cause: { code: 'entryChecksum' as const } },
    };
    const text = failureReason(failure, tFor('ar'));
    expect(text).toContain('\u2068OEBPS/one.xhtml\u2069');
    expect(text).toContain('المدخل تالف');
    expect(failureReason(failure, tFor('de'))).toBe('Die Datei „\u2068OEBPS/one.xhtml\u2069“ des EPUB lässt sich nicht lesen. Der Eintrag ist beschädigt (seine Prüfsumme stimmt nicht).');
  });

  it('writes numbers in the interface language', () => {
    const failure = { path: 'big', reason: 'x', code: 'tooManyFiles' as const, params: { limit: 100000 } };
    expect(failureReason(failure, tFor('de'))).toContain('100.000');
  });
});
