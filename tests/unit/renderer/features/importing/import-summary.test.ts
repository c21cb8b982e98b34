import { describe, expect, it } from 'vitest';
import {
  describeFailure,
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

  it('shows progress with updates, duplicates in the import, failures and the time left, leaving out what is zero', () => {
    const duplicates = [
      { path: '/home/me/b/a.md', firstPath: '/home/me/a.md' },
      { path: '/home/me/c/a.md', firstPath: '/home/me/a.md' },
    ];
    const counts = { found: 1000, added: 323, updated: 12, failed: 3, failures: [], duplicates, updates: [], remoteImages: 0 };
    expect(progressLine(counts, 18.2, t)).toBe(
      'Importing… 340 of 1,000 · 12 updated · 2 duplicates in this import · 3 failed · about 20 s left',
    );
    expect(progressLine({ ...counts, updated: 0, failed: 0, duplicates: [] }, null, t)).toBe('Importing… 323 of 1,000');
    expect(progressLine({ ...counts, found: 0, added: 0 }, null, t)).toBe('Importing… looking for articles');
  });

  it('names both files of a duplicate in the import (relative to the folder chosen), and counts the images left on the web', () => {
    const duplicate = { path: '/home/me/notes/copy/a.md', firstPath: '/home/me/notes/a.md' };
    const counts = { added: 1, updated: 0, failed: 0, failures: [], duplicates: [duplicate], remoteImages: 41 };
    expect(summarizeImport({ ...counts, folders: ['me'] }, t)).toBe(
      'Imported 1 article. 1 duplicate in this import: notes/copy/a.md is the same article as notes/a.md. ' +
        '41 images were on the web and are not in your library.',
    );
    expect(summarizeImport(counts, t)).toContain('1 duplicate in this import: copy/a.md is the same article as a.md.');
    expect(summarizeImport({ ...counts, duplicates: [duplicate, duplicate], remoteImages: 1 }, t)).toBe(
      'Imported 1 article. 2 duplicates in this import. 1 image was on the web and is not in your library.',
    );
  });

  it('says the time left roughly, never less than 5 s', () => {
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
