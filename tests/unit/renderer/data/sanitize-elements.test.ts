/**
 * What an article's HTML may not keep: markup that only a script would use, which the reader never shows.
 * The hostile-payloads e2e checks the whole document; this pins each element the sanitizer forbids.
 */
import { describe, expect, it } from 'vitest';
import { sanitize } from './support';

describe('elements an article never keeps', () => {
  it('drops a <template> with what it holds (a script waiting to be cloned into the page)', () => {
    const out = sanitize('<p>Before.</p><template><p>Inert words</p><script>top.__pwned=1</script><img src=x onerror="top.__pwned=2"></template><p>After.</p>');
    expect(out).toBe('<p>Before.</p><p>After.</p>');
  });

  it('drops frames, objects, forms and styles, keeping the words around them', () => {
    const out = sanitize('<p>One.</p><iframe srcdoc="<script>x</script>"></iframe><object data="javascript:x"></object><form action="javascript:x"><button>Send</button></form><style>p{}</style><p>Two.</p>');
    expect(out).not.toMatch(/<(iframe|object|form|button|style)/);
    expect(out).toContain('<p>One.</p>');
    expect(out).toContain('<p>Two.</p>');
  });
});
