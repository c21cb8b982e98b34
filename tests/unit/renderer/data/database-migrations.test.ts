// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { OffprintDatabase } from '../../../../src-renderer/src/data/database';
import { sampleRecords, SHIPPED_SCHEMAS } from '../../../fixtures/schemas/shipped-schemas';

const versions = Object.keys(SHIPPED_SCHEMAS).map(Number);

describe('schema migrations: a library written at each shipped version opens with every record', () => {
  it('has a fixture for every version the database declares', () => {
    expect(versions).toEqual(Array.from({ length: new OffprintDatabase('offprint-unit-versions').verno }, (_, i) => i + 1));
  });

  it.each(versions)('version %i', async (version) => {
    const name = `offprint-migrate-${version}-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(version).stores({ ...SHIPPED_SCHEMAS[version] });
    const records = sampleRecords(version);
    await old.table('articles').bulkPut(records.articles);
    await old.table('bodies').bulkPut(records.bodies);
    await old.table('notes').bulkPut(records.notes);
    await old.table('highlights').bulkPut(records.highlights);
    old.close();

    const db = new OffprintDatabase(name);
    expect(await db.articles.toArray()).toEqual(records.articles);
    expect(await db.bodies.toArray()).toEqual(records.bodies);
    expect(await db.notes.toArray()).toEqual(records.notes);
    expect(await db.highlights.toArray()).toEqual(records.highlights);
    // The upgraded indexes answer: by tag, by note's article and date, by author (version 4).
    expect(await db.articles.where('tags').equals('rivers').primaryKeys()).toEqual(['article-2']);
    expect(await db.notes.where('[articleId+createdAt]').between(['article-3', ''], ['article-3', '\uffff']).count()).toBe(1);
    expect(await db.articles.where('author').equals('Ada Reader').primaryKeys()).toEqual(['article-1']);
    expect(db.verno).toBe(versions.length);
    db.close();
  });
});
