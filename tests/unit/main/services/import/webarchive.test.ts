/** Safari web archives (tests/fixtures/formats/make-webarchive.py, written with Python's plistlib) and the bounded binary plist reader. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBinaryPlist, PlistProblem } from '../../../../../src-main/services/import/binary-plist';
import { NO_ASSETS } from '../../../../../src-main/services/import/asset-source';
import { importBytes } from '../../../../../src-main/services/import/import-file';
import { errors } from '../../../../../src-shared/i18n/messages/en/errors';

const NO_MAIN_RESOURCE_REASON = errors.webarchiveNoPage;
import { imagesIn, REPO } from './import-test-helpers';

const FORMATS = path.join(REPO, 'tests/fixtures/formats');
const LIMITS = { maxFileBytes: 50 * 1024 * 1024 };

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(FORMATS, name)));
}

async function importArchive(name: string, bytes: Uint8Array) {
  return importBytes(name, name, bytes, NO_ASSETS, LIMITS);
}

/** A binary plist by hand: objects, then the offset table, then the trailer (1-byte offsets and references). */
function bplist(objects: number[][], top = 0): Uint8Array {
  const body: number[] = [...Buffer.from('bplist00', 'latin1')];
  const offsets = objects.map((object) => {
    const at = body.length;
    body.push(...object);
    return at;
  });
  const table = body.length;
  body.push(...offsets);
  const trailer = [0, 0, 0, 0, 0, 0, 1, 1, ...[0, 0, 0, 0, 0, 0, 0, objects.length], ...[0, 0, 0, 0, 0, 0, 0, top], ...[0, 0, 0, 0, 0, 0, 0, table]];
  return new Uint8Array([...body, ...trailer]);
}

describe('binary property lists', () => {
  it('reads dictionaries, arrays, strings (ASCII and UTF-16), data, integers and booleans', () => {
    const value = parseBinaryPlist(
      bplist([
        [0xd2, 1, 2, 3, 4], // { a: [..], é: 7 }
        [0x51, 0x61], // "a"
        [0x61, 0x00, 0xe9], // "é"
        [0xa3, 5, 6, 7], // [true, data, "a"]
        [0x10, 7], // 7
        [0x09],
        [0x42, 1, 2],
        [0x51, 0x61],
      ]),
    );
    expect(value).toEqual(new Map<string, unknown>([['a', [true, new Uint8Array([1, 2]), 'a']], ['é', 7]]));
  });

  it('refuses a reference cycle, a reference past the last object and a file that is not a plist', () => {
    expect(() => parseBinaryPlist(bplist([[0xa1, 0]]))).toThrow(new PlistProblem('its objects contain themselves or nest too deeply'));
    expect(() => parseBinaryPlist(bplist([[0xa1, 9]]))).toThrow(/a reference points past the last object/);
    expect(() => parseBinaryPlist(bplist([[0x5f, 0x10, 0xff]]))).toThrow(/an object runs past the end/);
    const noReferenceSize = bplist([[0xaf, 0x13, 0xff, 0xff, 0xff, 0xff]]);
    noReferenceSize[noReferenceSize.length - 32 + 7] = 0;
    expect(() => parseBinaryPlist(noReferenceSize)).toThrow(/its trailer gives impossible sizes/);
    expect(() => parseBinaryPlist(new Uint8Array(Buffer.from('<?xml version="1.0"?><plist><dict/></plist>' + ' '.repeat(40))))).toThrow(/not a binary property list/);
  });

  it('reads an object named many times once', () => {
    const many = Array.from({ length: 200 }, () => 1);
    const value = parseBinaryPlist(bplist([[0xaf, 0x10, 200, ...many], [0x5f, 0x10, 3, 0x61, 0x62, 0x63]]));
    expect(Array.isArray(value) && value.length === 200 && value.every((item) => item === 'abc')).toBe(true);
  });
});

describe('Safari web archives', () => {
  it('imports the main resource with its address, and its images from the subresources', async () => {
    const outcome = await importArchive('Lamps.webarchive', await fixture('safari-quay.webarchive'));
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    const { meta, body, text, assets } = outcome.article;
    expect(meta.title).toBe('Lamps of the Harbour Wall');
    expect(meta.url).toBe('https://harbour.example.net/notes/lamps.html');
    expect(text).toContain('crème, déjà vu, naïve');
    expect(text).not.toContain('changed');
    expect(assets.map((asset) => [asset.name, asset.mediaType])).toEqual([
      ['square.png', 'image/png'],
      ['mark.svg', 'image/svg+xml'],
    ]);
    expect(imagesIn(body.content).map((image) => image.src)).toEqual(['asset:square.png', 'asset:mark.svg']);
  });

  it('honours the text encoding Safari recorded', async () => {
    const outcome = await importArchive('cafe.webarchive', await fixture('safari-latin1.webarchive'));
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.article.meta.title).toBe('Café du Port');
    expect(outcome.article.text).toContain('un café crème avant de partir');
  });

  it('refuses an archive without a web page, and one that is damaged, with a reason', async () => {
    const noPage = bplist([[0xd1, 1, 2], [0x51, 0x78], [0x09]]);
    expect(await importArchive('x.webarchive', noPage)).toMatchObject({ failure: { reason: NO_MAIN_RESOURCE_REASON } });
    const whole = await fixture('safari-quay.webarchive');
    expect(await importArchive('cut.webarchive', whole.subarray(0, 2000))).toMatchObject({
      failure: { reason: expect.stringMatching(/^The file is not a readable web archive: the property list is damaged/) },
    });
  });
});
