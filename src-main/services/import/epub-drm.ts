/**
 * Whether an EPUB is locked by DRM, which Offprint cannot and may not open: Adobe ADEPT (META-INF/rights.xml),
 * Readium LCP (META-INF/license.lcpl), Apple FairPlay (META-INF/sinf.xml), or any META-INF/encryption.xml that
 * encrypts a content document (a chapter, the package's text). Font obfuscation (the IDPF and Adobe algorithms,
 * encryption.xml naming only fonts) is not DRM: such books are read, and their fonts are never used anyway.
 */
import { resolveInBook } from './epub-paths';
import { descendantsNamed, parseXml } from './xml-dom';

export const ENCRYPTION_PATH = 'META-INF/encryption.xml';
const LOCK_FILES = ['META-INF/rights.xml', 'META-INF/license.lcpl', 'META-INF/sinf.xml'];
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#rc']);

/** The paths encryption.xml says are encrypted (not merely obfuscated fonts). */
export function encryptedPaths(encryptionXml: string): string[] {
  const paths: string[] = [];
  for (const data of descendantsNamed(parseXml(encryptionXml), 'encrypteddata')) {
    const algorithm = descendantsNamed(data, 'encryptionmethod')[0]?.getAttribute('Algorithm') ?? '';
    if (FONT_OBFUSCATION.has(algorithm.trim().toLowerCase())) continue;
    const uri = descendantsNamed(data, 'cipherreference')[0]?.getAttribute('URI');
    const path = uri ? resolveInBook('', uri) : null;
    if (path) paths.push(path);
  }
  return paths;
}

/** Whether the book is locked. `has` says whether the zip holds a path. */
export function isDrmLocked(has: (path: string) => boolean, encryptionXml: string | null, contentPaths: ReadonlySet<string>): boolean {
  if (LOCK_FILES.some(has)) return true;
  if (encryptionXml === null) return false;
  return encryptedPaths(encryptionXml).some((path) => contentPaths.has(path) || /\.(x?html?|opf|ncx)$/i.test(path));
}
