/**
 * Which profile folder (the library lives there, and Electron's single-instance lock too) the app uses:
 * OFFPRINT_USER_DATA_DIR when set (tests, portable installs), resolved against the working directory when it is
 * relative; else in development (`npm start`, `npm run dev`) its own `Offprint Dev` folder beside the installed
 * app's, so a dev build never opens, locks or upgrades the user's real library; else Electron's default. A folder
 * that cannot be created or written is refused with a message saying which and why. Plain Node, tested in Node.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const DEV_PROFILE_NAME = 'Offprint Dev';
export const USER_DATA_ENV = 'OFFPRINT_USER_DATA_DIR';

export interface ProfileSituation {
  /** The value of OFFPRINT_USER_DATA_DIR, if any. */
  override: string | undefined;
  cwd: string;
  isPackaged: boolean;
  /** Electron's app.getPath('appData'): the folder that holds every app's profile. */
  appDataDir: string;
}

export type ProfileChoice =
  | { ok: true; dir: string | null; why: 'override' | 'development' | 'default' }
  | { ok: false; message: string };

/** The folder to use, or null for Electron's default (the installed app's `Offprint`). No file system access. */
export function chooseProfileDir(situation: ProfileSituation): { dir: string | null; why: 'override' | 'development' | 'default' } {
  const override = situation.override?.trim();
  if (override) return { dir: path.resolve(situation.cwd, override), why: 'override' };
  if (!situation.isPackaged) return { dir: path.join(situation.appDataDir, DEV_PROFILE_NAME), why: 'development' };
  return { dir: null, why: 'default' };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file is in the way (it is not a folder)';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOENT') return 'its drive or parent folder does not exist';
  return error instanceof Error ? error.message : String(error);
}

/** Chooses the folder and makes sure it exists and can be written, before Electron is told to use it. */
export function prepareProfileDir(situation: ProfileSituation): ProfileChoice {
  const { dir, why } = chooseProfileDir(situation);
  if (dir === null) return { ok: true, dir, why };
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const source = why === 'override' ? ` (from ${USER_DATA_ENV}=${situation.override ?? ''})` : '';
    return {
      ok: false,
      message:
        `Offprint cannot use the profile folder ${dir}${source}: ${reasonOf(error)}. ` +
        (why === 'override' ? `Set ${USER_DATA_ENV} to a folder you can write to, or unset it.` : 'Check the folder’s permissions.'),
    };
  }
  return { ok: true, dir, why };
}
