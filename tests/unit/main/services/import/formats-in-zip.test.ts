/**
 * The new formats inside a plain zip: SingleFile's zipped form (index.html with its resources beside it), and an
 * EPUB book and a Safari web archive handed over in a zip, each imported as it would be from disk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importZipMember, readArchive } from '../../../../../src-main/services/bundle';
import { REPO } from './import-test-helpers';

const FORMATS = path.join(REPO, 'tests/fixtures/formats');
const PNG = new Uint8Array(readFileSync(path.join(REPO, 'tests/fixtures/e2e/images/square.png')));

async function importZip(name: string, files: Record<string, Uint8Array>) {
  const contents = readArchive(zipSync(files), name);
  if (contents.kind !== 'zip') throw new Error(`expected a plain zip, got ${contents.kind}`);
  expect(contents.failures).toEqual([]);
  return Promise.all(contents.members.map((member) => importZipMember(member)));
}

describe('formats inside a zip', () => {
  it('imports SingleFile’s zipped form with the address, the saved date and the images beside its page', async () => {
    const page = `<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile 
 url: https://quay.example.org/ferry 
 saved date: Sat Mar 09 2024 08:00:00 GMT+0000 (Coordinated Universal Time)
--><head><meta charset="utf-8"><title>The Ferry Timetable</title></head><body><article><h1>The Ferry Timetable</h1>
<p>The first ferry of the day leaves the quay at six, and the timetable is pinned to the ticket office door.</p>
<p><img src="images/0.png" alt="The timetable"></p>
<p>In winter the last crossing is at nine; in summer the boats run until midnight and the café stays open.</p></article></body></html>`;
    const [outcome] = await importZip('ferry.zip', { 'index.html': strToU8(page), 'images/0.png': PNG });
    if (!outcome || !('article' in outcome)) throw new Error(outcome?.failure.reason);
    expect(outcome.article.meta).toMatchObject({ title: 'The Ferry Timetable', url: 'https://quay.example.org/ferry', addedAt: '2024-03-09T08:00:00.000Z' });
    expect(outcome.article.assets.map((asset) => asset.mediaType)).toEqual(['image/png']);
  });

  it('imports an EPUB and a web archive found in a zip', async () => {
    const outcomes = await importZip('saved.zip', {
      'books/harbour.epub': new Uint8Array(readFileSync(path.join(FORMATS, 'epub3-harbour.epub'))),
      'pages/lamps.webarchive': new Uint8Array(readFileSync(path.join(FORMATS, 'safari-quay.webarchive'))),
    });
    expect(outcomes.map((outcome) => ('article' in outcome ? outcome.article.meta.title : outcome.failure.reason))).toEqual([
      'The Harbour Book',
      'Lamps of the Harbour Wall',
    ]);
  });
});
