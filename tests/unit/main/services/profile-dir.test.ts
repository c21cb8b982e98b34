import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseProfileDir, DEV_PROFILE_NAME, prepareProfileDir } from '../../../../src-main/services/profile-dir';

const base = { cwd: '/home/ann/src/offprint', appDataDir: '/home/ann/.config' };
const scratch = mkdtempSync(path.join(tmpdir(), 'offprint-profile-'));

afterAll(() => {
  chmodSync(scratch, 0o700);
  rmSync(scratch, { recursive: true, force: true });
});

describe('choosing the profile folder', () => {
  it('development never shares the installed app’s profile (nor its single-instance lock)', () => {
    expect(chooseProfileDir({ ...base, override: undefined, isPackaged: false })).toEqual({
      dir: path.join('/home/ann/.config', DEV_PROFILE_NAME),
      why: 'development',
    });
    expect(chooseProfileDir({ ...base, override: undefined, isPackaged: true })).toEqual({ dir: null, why: 'default' });
  });

  it('resolves a relative OFFPRINT_USER_DATA_DIR against the working directory', () => {
    expect(chooseProfileDir({ ...base, override: 'profiles/test', isPackaged: true }).dir).toBe(
      '/home/ann/src/offprint/profiles/test',
    );
    expect(chooseProfileDir({ ...base, override: '../p', isPackaged: false }).dir).toBe('/home/ann/src/p');
    expect(chooseProfileDir({ ...base, override: '/tmp/offprint-x', isPackaged: false }).dir).toBe('/tmp/offprint-x');
    expect(chooseProfileDir({ ...base, override: '   ', isPackaged: false }).why).toBe('development');
  });
});

describe('preparing the profile folder', () => {
  it('creates a missing folder, nested and relative', () => {
    const choice = prepareProfileDir({ override: 'a/b c/Off~print [x]', cwd: scratch, isPackaged: true, appDataDir: scratch });
    expect(choice).toEqual({ ok: true, dir: path.join(scratch, 'a', 'b c', 'Off~print [x]'), why: 'override' });
    expect(statSync(path.join(scratch, 'a', 'b c', 'Off~print [x]')).isDirectory()).toBe(true);
  });

  it('refuses a file in the way, with a message naming the folder, the variable and what to do', () => {
    writeFileSync(path.join(scratch, 'a-file'), 'x');
    const choice = prepareProfileDir({ override: 'a-file', cwd: scratch, isPackaged: true, appDataDir: scratch });
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(choice.message).toContain(path.join(scratch, 'a-file'));
    expect(choice.message).toContain('OFFPRINT_USER_DATA_DIR=a-file');
    expect(choice.message).toContain('not a folder');
    expect(choice.message).toContain('Set OFFPRINT_USER_DATA_DIR to a folder you can write to');
  });

  it('refuses a folder that cannot be created (its parent is a file)', () => {
    writeFileSync(path.join(scratch, 'parent-file'), 'x');
    const choice = prepareProfileDir({ override: 'parent-file/profile', cwd: scratch, isPackaged: false, appDataDir: scratch });
    expect(choice).toMatchObject({ ok: false });
    expect(choice.ok ? '' : choice.message).toMatch(/parent-file\/profile .*: a file is in the way/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not create (skipped as root, who may)', () => {
    const locked = path.join(scratch, 'locked');
    prepareProfileDir({ override: locked, cwd: scratch, isPackaged: true, appDataDir: scratch });
    chmodSync(locked, 0o500);
    const choice = prepareProfileDir({ override: path.join(locked, 'inner'), cwd: scratch, isPackaged: true, appDataDir: scratch });
    expect(choice).toMatchObject({ ok: false });
    expect(choice.ok ? '' : choice.message).toContain('permission denied');
  });

  it('leaves Electron’s default alone for the installed app', () => {
    expect(prepareProfileDir({ override: undefined, cwd: scratch, isPackaged: true, appDataDir: scratch })).toEqual({
      ok: true,
      dir: null,
      why: 'default',
    });
  });
});
