/**
 * The packaging settings that cannot be exercised here (electron-builder downloads Electron): read from the files
 * and checked, so a change that drops one fails a test instead of shipping.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown> & {
  scripts: Record<string, string>;
};
// electron-builder.yml is YAML: gray-matter (already a dependency) reads it as front matter.
const builder = matter(`---\n${readFileSync(join(root, 'electron-builder.yml'), 'utf8')}\n---\n`).data as Record<string, unknown>;

describe('packaging', () => {
  it('package.json names a homepage and a repository (the deb needs them)', () => {
    expect(pkg['homepage']).toMatch(/^https:\/\//);
    expect(pkg['repository']).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//) });
  });

  it('sets the Electron fuses', () => {
    expect(builder['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(builder['asar']).toBe(true);
  });

  it('ships the AppArmor profile with the deb, granting the user namespace only', () => {
    const profile = (builder['deb'] as { appArmorProfile: string }).appArmorProfile;
    const text = readFileSync(join(root, profile), 'utf8');
    expect(text).toContain('abi <abi/4.0>');
    expect(text).toMatch(/profile "\$\{executable\}" "\/opt\/\$\{sanitizedProductName\}\/\$\{executable\}"/);
    expect(text.match(/^\s+[a-z]+,\s*$/gm)?.map((l) => l.trim())).toEqual(['userns,']);
  });

  it('keeps signing credentials out of the repository: macOS notarises from the environment', () => {
    const mac = builder['mac'] as Record<string, unknown>;
    expect(mac['hardenedRuntime']).toBe(true);
    expect(mac['notarize']).toBe(true);
    for (const key of ['identity', 'appleId', 'appleIdPassword', 'teamId', 'cscLink', 'cscKeyPassword']) {
      expect(mac[key]).toBeUndefined();
    }
    expect(existsSync(join(root, 'resources', 'build', 'linux', 'apparmor-profile.tpl'))).toBe(true);
  });

  it('npm start builds once (electron-vite preview builds by itself)', () => {
    expect(pkg.scripts['start']).toBe('electron-vite preview');
  });
});
