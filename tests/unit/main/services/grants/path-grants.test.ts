import { describe, expect, it } from 'vitest';
import { GRANT_LIFETIME_MS, MAX_OPEN_GRANTS, PathGrants } from '../../../../../src-main/services/grants/path-grants';

describe('path grants: main reads only what a grant names', () => {
  it('gives an opaque id and the names, and hands the paths over once', () => {
    const grants = new PathGrants();
    const grant = grants.grant(['/home/me/Reading/a.md', '/home/me/Reading'], 'files');
    expect(grant).toEqual({ grantId: expect.stringMatching(/^[0-9a-f-]{36}$/), names: ['a.md', 'Reading'], mode: 'files' });
    expect(grants.take(grant!.grantId)).toEqual(['/home/me/Reading/a.md', '/home/me/Reading']);
    expect(grants.take(grant!.grantId)).toBeNull();
  });

  it('grants nothing for no paths or relative paths, and knows no id it did not give out', () => {
    const grants = new PathGrants();
    expect(grants.grant([], 'files')).toBeNull();
    expect(grants.grant(['notes.md', '../x.md'], 'files')).toBeNull();
    expect(grants.take('5b0b7f0e-2c7c-4a4e-9d7e-3f1f4f1b2a10')).toBeNull();
  });

  it('drops a grant not used in time', () => {
    let now = 1_000_000;
    const grants = new PathGrants(() => now);
    const grant = grants.grant(['/a.md'], 'files')!;
    now += GRANT_LIFETIME_MS + 1;
    expect(grants.take(grant.grantId)).toBeNull();
  });

  it('keeps at most MAX_OPEN_GRANTS unused grants, dropping the oldest', () => {
    const grants = new PathGrants();
    const first = grants.grant(['/first.md'], 'files')!;
    const rest = Array.from({ length: MAX_OPEN_GRANTS }, (_, i) => grants.grant([`/${i}.md`], 'files')!);
    expect(grants.take(first.grantId)).toBeNull();
    expect(grants.take(rest[rest.length - 1]!.grantId)).toEqual([`/${MAX_OPEN_GRANTS - 1}.md`]);
  });

  it('lets a grant be looked at without using it up (a restore previews the file it will restore)', () => {
    const grants = new PathGrants();
    const grant = grants.grant(['/home/me/Library.offprint'], 'files')!;
    expect(grants.peek(grant.grantId)).toEqual(['/home/me/Library.offprint']);
    expect(grants.take(grant.grantId)).toEqual(['/home/me/Library.offprint']);
    expect(grants.peek(grant.grantId)).toBeNull();
  });
});
