/**
 * `shell:openExternal`, the one way a link leaves the app: the URL policy (services/external-url.ts), then the
 * gate (a person's gesture just now, no burst), then the person's own answer in a native confirmation that shows
 * the whole URL, unless they chose to always open links to that site. Only then does the host open it.
 */
import type { Result } from '../../../src-shared/contract';
import { siteOf } from '../../../src-shared/article/url-policy';
import { checkExternalUrl } from '../external-url';
import type { BridgeHost } from '../handlers/bridge-host';
import { fail, failBecause, ok } from '../handlers/result';
import { withoutOk } from '../import/reason';
import { OpenGate } from './open-gate';
import { TrustedSites } from './trusted-sites';

export type ExternalOpener = (url: string) => Promise<Result<null>>;

export function createExternalOpener(host: BridgeHost, gate = new OpenGate()): ExternalOpener {
  const trusted = new TrustedSites(host.trustedSitesFile);
  return async (raw) => {
    const checked = checkExternalUrl(raw);
    if (!checked.ok) return fail('forbidden', checked.reason);
    const admitted = gate.admit(host.lastUserGestureAt());
    if (!admitted.ok) return failBecause('forbidden', withoutOk(admitted));
    const url = checked.url;
    const site = siteOf(url);
    if (site === null || !(await trusted.has(site))) {
      gate.asking();
      let answer: Awaited<ReturnType<BridgeHost['confirmOpenExternal']>>;
      try {
        answer = await host.confirmOpenExternal({ url, site });
      } finally {
        gate.answered();
      }
      // Cancel is the person's choice, not an error.
      if (!answer.open) return ok(null);
      if (answer.alwaysOpenSite && site !== null) await trusted.add(site);
    }
    await host.openExternal(url);
    return ok(null);
  };
}
