/**
 * The check every external link passes before it leaves the app: the one URL policy (src-shared/article/url-policy),
 * with no base address (main receives absolute links only). http, https and mailto pass, normalised; everything
 * else (javascript:, file:, irc:, custom schemes, relative, protocol-relative and backslash links, credentials,
 * over-long addresses) is refused with a reason.
 */
import { linkTarget } from '../../src-shared/article/url-policy';

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkExternalUrl(raw: string): ExternalUrlCheck {
  const verdict = linkTarget(raw);
  return verdict.live ? { ok: true, url: verdict.href } : { ok: false, reason: verdict.reason };
}
