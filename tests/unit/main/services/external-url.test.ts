import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../../src-main/services/external-url';

describe('checkExternalUrl: what may open in the system browser', () => {
  it('lets web links through, normalised', () => {
    expect(checkExternalUrl('https://en.people.cn/n3/2017/0928/')).toEqual({
      ok: true,
      url: 'https://en.people.cn/n3/2017/0928/',
    });
    expect(checkExternalUrl('http://EXAMPLE.org')).toEqual({ ok: true, url: 'http://example.org/' });
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'offprint://x',
    'vbscript:msgbox',
    '/relative/path',
    'https://user:secret@example.org/',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s with a reason', (url) => {
    const result = checkExternalUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
  });
});
