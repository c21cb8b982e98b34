import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  estimateSecondsLeft,
  fileName,
  formatTimeLeft,
  progressLine,
  summarizeCancelled,
  summarizeImport,
} from '../../../../../src-renderer/src/features/importing/import-summary';
import { createI18n } from '../../../../../src-shared/i18n';

const t = createI18n('en').getFixedT<['importing', 'common', 'errors']>('en', ['importing', 'common', 'errors']);

const failure = { path: 'C:\\Users\\me\\broken.pdf', reason: 'PDF files are not supported yet.' };

describe('import summary', () => {
  it('says what was added, updated and failed', () => {
    expect(summarizeImport({ added: 2, updated: 1, failed: 1, failures: [failure] }, t)).toBe(
      'Imported 2 articles, 1 updated. 1 file could not be imported: broken.pdf — PDF files are not supported yet.',
    );
    expect(summarizeImport({ added: 1, updated: 0, failed: 0, failures: [] }, t)).toBe('Imported 1 article.');
    expect(summarizeImport({ added: 0, updated: 0, failed: 0, failures: [] }, t)).toBe('Imported 0 articles.');
    expect(summarizeImport({ added: 0, updated: 3, failed: 2, failures: [failure, failure] }, t)).toBe(
      'Updated 3 articles. 2 files could not be imported.',
    );
    expect(summarizeImport({ added: 997, updated: 12, failed: 3, failures: [failure, failure, failure] }, t)).toBe(
      'Imported 997 articles, 12 updated. 3 files could not be imported.',
    );
  });

  it('says what a cancelled import left in the library', () => {
    expect(summarizeCancelled({ added: 340, updated: 12, failed: 3, failures: [] }, t)).toBe(
      'Import cancelled: 340 articles imported, 12 updated. 3 files could not be imported.',
    );
    expect(summarizeCancelled({ added: 1, updated: 0, failed: 0, failures: [] }, t)).toBe('Import cancelled: 1 article imported.');
  });

  it('shows progress with duplicates, failures and the time left, leaving out what is zero', () => {
    const counts = { found: 1000, added: 325, updated: 12, failed: 3, failures: [] };
    expect(progressLine(counts, 18.2, t)).toBe('Importing… 340 of 1,000 · 12 duplicates · 3 failed · about 20 s left');
    expect(progressLine({ ...counts, updated: 0, failed: 0 }, null, t)).toBe('Importing… 325 of 1,000');
    expect(progressLine({ ...counts, found: 0, added: 0 }, null, t)).toBe('Importing… looking for articles');
  });

  it('estimates the time left from the pace so far, once there is one', () => {
    const counts = { found: 1000, added: 250, updated: 0, failed: 0, failures: [] };
    expect(estimateSecondsLeft(counts, 10_000)).toBe(30);
    expect(estimateSecondsLeft(counts, 500)).toBeNull();
    expect(estimateSecondsLeft({ ...counts, added: 0 }, 10_000)).toBeNull();
    expect(formatTimeLeft(2, t)).toBe('about 5 s left');
    expect(formatTimeLeft(150, t)).toBe('about 3 min left');
    expect(formatTimeLeft(null, t)).toBeNull();
  });

  it('names files by their last path segment', () => {
    expect(fileName('/home/me/a/b.md')).toBe('b.md');
    expect(fileName('dropped.txt')).toBe('dropped.txt');
    expect(fileName('/home/me/Library.offprint › articles/0007/article.json')).toBe('Library.offprint › articles/0007/article.json');
    expect(describeFailure(failure, t)).toBe('broken.pdf — PDF files are not supported yet.');
  });
});
