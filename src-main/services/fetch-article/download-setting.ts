/**
 * "Allow downloading article text", kept by main (a small JSON file in the profile): main refuses every download
 * when it is off, whatever the renderer asks. On unless the person switched it off: nothing downloads without the
 * person's command anyway.
 */
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../backup/json-store';

const settingSchema = z.object({ allowed: z.boolean() });

export class DownloadSetting {
  private cached: boolean | null = null;

  constructor(private readonly file: string) {}

  static inProfile(profileDir: string): DownloadSetting {
    return new DownloadSetting(path.join(profileDir, 'download-article-text.json'));
  }

  async allowed(): Promise<boolean> {
    this.cached ??= (await readJsonFile(this.file, settingSchema, { allowed: true })).allowed;
    return this.cached;
  }

  async set(allowed: boolean): Promise<void> {
    await writeJsonFile(this.file, { allowed });
    this.cached = allowed;
  }
}
