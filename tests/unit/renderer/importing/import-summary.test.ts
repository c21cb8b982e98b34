import { describe, expect, it } from 'vitest';
import { describeFailure, fileName, summarizeImport } from '../../../../src-renderer/src/importing/import-summary';

const failure = { path: 'C:\\Users\\me\\broken.pdf', reason: 'PDF files are not supported yet.' };

describe('import summary', () => {
  it('says what was added, updated and failed', () => {
    expect(summarizeImport({ added: 2, updated: 1, failed: 1, failures: [failure] })).toBe(
      'Imported 2 articles, 1 updated. 1 file could not be imported: broken.pdf — PDF files are not supported yet.',
    );
    expect(summarizeImport({ added: 1, updated: 0, failed: 0, failures: [] })).toBe('Imported 1 article.');
    expect(summarizeImport({ added: 0, updated: 0, failed: 0, failures: [] })).toBe('Imported 0 articles.');
    expect(summarizeImport({ added: 0, updated: 3, failed: 2, failures: [failure, failure] })).toBe(
      'Updated 3 articles. 2 files could not be imported:',
    );
  });

  it('names files by their last path segment', () => {
    expect(fileName('/home/me/a/b.md')).toBe('b.md');
    expect(fileName('dropped.txt')).toBe('dropped.txt');
    expect(describeFailure(failure)).toBe('broken.pdf — PDF files are not supported yet.');
  });
});
