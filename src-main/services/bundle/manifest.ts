/**
 * manifest.json: what makes a zip an Offprint bundle, and which version of the format it follows. A bundle made by
 * a newer Offprint (a higher major version) is refused with that reason before anything else is read.
 */
import { reason } from '../import/reason';
import { parseJsonBytes } from './json-file';
import { validateAgainst, type Validated } from './schema-validation';

export const BUNDLE_FORMAT = 'offprint-bundle';
/** The major version this reader reads and this writer writes. */
export const BUNDLE_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const BUNDLE_EXTENSION = '.offprint';

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: number;
  title: string;
  creator?: string | null;
  /** ISO 8601 timestamp. */
  created: string;
  articleCount: number;
}

/** True when this parsed JSON says it is an Offprint bundle's manifest (whatever else is wrong with it). */
export function claimsToBeBundle(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BUNDLE_FORMAT;
}

export function checkManifest(json: unknown): Validated<BundleManifest> {
  const version = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_VERSION) {
    return { ok: false, ...reason('bundleNewer', { version, supported: BUNDLE_VERSION }) };
  }
  return validateAgainst<BundleManifest>('manifest', json);
}

export function readManifest(bytes: Uint8Array): Validated<BundleManifest> {
  const parsed = parseJsonBytes(bytes);
  return parsed.ok ? checkManifest(parsed.value) : parsed;
}
