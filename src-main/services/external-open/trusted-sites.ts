/**
 * The sites whose links the person chose to always open ("Always open links to this site"): a small JSON file in
 * the app's user data (`{ "version": 1, "sites": ["https://example.org"] }`), read once and written whole (to a
 * temporary file, then renamed) after each change. A missing or damaged file is an empty list: the person is
 * asked again, nothing else happens.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

const MAX_SITES = 1000;
const ORIGIN = /^https?:\/\/[^\s/?#\\]+$/;

export class TrustedSites {
  private sites: Set<string> | null = null;

  constructor(private readonly file: string) {}

  private async load(): Promise<Set<string>> {
    if (this.sites) return this.sites;
    let sites: string[] = [];
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as { sites?: unknown };
      if (Array.isArray(parsed.sites)) sites = parsed.sites.filter((s): s is string => typeof s === 'string' && ORIGIN.test(s));
    } catch {
      // None yet, or unreadable: nobody is trusted.
    }
    this.sites = new Set(sites.slice(0, MAX_SITES));
    return this.sites;
  }

  async has(site: string): Promise<boolean> {
    return (await this.load()).has(site);
  }

  async add(site: string): Promise<void> {
    if (!ORIGIN.test(site)) return;
    const sites = await this.load();
    if (sites.has(site) || sites.size >= MAX_SITES) return;
    sites.add(site);
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ version: 1, sites: [...sites] }, null, 2)}\n`, 'utf8');
    await rename(temporary, this.file);
  }
}
