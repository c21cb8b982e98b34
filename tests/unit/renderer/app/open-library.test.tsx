/**
 * Opening the library, guarded: a first start opens it; an older Chromium than recorded, or a database installed
 * at a newer schema version, is not opened (and not changed); an empty library where the record says articles
 * were is reported; the App then asks instead of importing the sample library.
 */
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { LibraryGuard, LibraryRecord } from '../../../../src-shared/contract';
import { App } from '../../../../src-renderer/src/app/App';
import { openLibrary } from '../../../../src-renderer/src/app/open-library';
import { isFirstRunDone } from '../../../../src-renderer/src/data/settings-repo';
import { installFakeBridge } from '../support/fake-bridge';
import { SHIPPED_SCHEMAS } from '../../../fixtures/schemas/shipped-schemas';

const RECORD: LibraryRecord = {
  schemaVersion: 4,
  appVersion: '1.2.0',
  electronVersion: '41.7.1',
  chromiumVersion: '146.0.7000.0',
  articleCount: 3412,
  openedAt: '2026-12-01T09:00:00.000Z',
};

function guarded(guard: Partial<LibraryGuard>) {
  const bridge = installFakeBridge();
  bridge.api.library.guard = async () => ({
    ok: true,
    value: {
      record: null,
      current: { appVersion: '1.2.0', electronVersion: '41.7.1', chromiumVersion: '146.0.7000.0' },
      olderChromium: false,
      latestBackup: null,
      ...guard,
    },
  });
  return bridge;
}

const name = () => `offprint-open-${crypto.randomUUID()}`;

describe('openLibrary', () => {
  it('opens a new library', async () => {
    guarded({});
    const opened = await openLibrary(name());
    expect(opened).toMatchObject({ kind: 'open', emptyWhere: null });
  });

  it('does not open the library on an older Chromium than recorded', async () => {
    guarded({ record: RECORD, olderChromium: true });
    const dbName = name();
    expect(await openLibrary(dbName)).toMatchObject({ kind: 'stopped', stop: { kind: 'older-chromium' } });
    expect((await indexedDB.databases()).some((db) => db.name === dbName)).toBe(false);
  });

  it('does not open (or change) a database written by a newer schema version', async () => {
    guarded({ record: RECORD });
    const dbName = name();
    const newer = new Dexie(dbName);
    newer.version(99).stores({ ...SHIPPED_SCHEMAS[4], future: 'id' });
    await newer.table('articles').put({ id: 'a1', title: 'From the future', addedAt: '2030-01-01', contentHash: 'h', tags: [] });
    newer.close();
    expect(await openLibrary(dbName)).toMatchObject({ kind: 'stopped', stop: { kind: 'newer-schema', foundVersion: 99 } });
    expect((await indexedDB.databases()).find((db) => db.name === dbName)?.version).toBe(990);
  });

  it('reports an empty library where the record says articles were, and the app asks before anything', async () => {
    const bridge = guarded({ record: RECORD });
    const opened = await openLibrary(name());
    expect(opened).toMatchObject({ kind: 'open', emptyWhere: RECORD });
    if (opened.kind !== 'open') return;
    render(<App db={opened.db} emptyWhere={opened.emptyWhere} />);
    expect((await screen.findByRole('alertdialog')).textContent).toMatch(/^Your library looks empty, but 3,412 articles were here on (1 December 2026|December 1, 2026): restore\?/);
    expect(bridge.api.import.start).not.toHaveBeenCalled();
    expect(bridge.api.library.opened).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Keep empty' }));
    await waitFor(() => expect(bridge.api.library.opened).toHaveBeenCalledWith({ schemaVersion: 6, articleCount: 0 }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await isFirstRunDone(opened.db)).toBe(true);
    expect(bridge.api.import.start).not.toHaveBeenCalled();
  });
});
