/** Whatever bytes a damaged or hostile web archive holds, the binary plist reader reads them or refuses them with a PlistProblem. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBinaryPlist, PlistProblem } from '../../../../../src-main/services/import/binary-plist';
import { REPO } from './import-test-helpers';

const ARCHIVE = new Uint8Array(readFileSync(path.join(REPO, 'tests/fixtures/formats/safari-quay.webarchive')));

function outcome(bytes: Uint8Array): 'read' | 'refused' {
  try {
    parseBinaryPlist(bytes);
    return 'read';
  } catch (error) {
    if (error instanceof PlistProblem) return 'refused';
    throw error;
  }
}

describe('binary plist reader on damaged files', () => {
  it('reads or refuses a web archive with bytes changed anywhere, never failing otherwise', () => {
    const change = fc.record({ at: fc.nat({ max: ARCHIVE.length - 1 }), value: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
        const bytes = ARCHIVE.slice();
        for (const { at, value } of changes) bytes[at] = value;
        expect(() => outcome(bytes)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never reads a web archive cut off anywhere as the web archive', () => {
    // Every cut is tried (the fixture is 7.7 kB): a cut at the very end of a nested property list (the archive holds
    // its response headers as one) is itself a whole, valid property list, so it may be read, but never as the
    // archive's dictionary; the importer then refuses it for having no main resource.
    const readAs: string[] = [];
    for (let length = 0; length < ARCHIVE.length; length += 1) {
      const cut = ARCHIVE.subarray(0, length);
      if (outcome(cut) === 'refused') continue;
      const value = parseBinaryPlist(cut);
      readAs.push(value instanceof Map && value.has('WebMainResource') ? `archive at ${length}` : 'other');
    }
    expect(readAs.filter((what) => what !== 'other')).toEqual([]);
    expect(readAs.length).toBeLessThan(ARCHIVE.length / 100);
  });
});
