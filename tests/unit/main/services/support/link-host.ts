/** The link-opening parts of a BridgeHost for tests that open no links: no gesture ever, every confirmation cancelled. */
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';

export const NO_LINK_HOST: Pick<BridgeHost, 'lastUserGestureAt' | 'confirmOpenExternal' | 'trustedSitesFile'> = {
  lastUserGestureAt: () => 0,
  confirmOpenExternal: async () => ({ open: false, alwaysOpenSite: false }),
  trustedSitesFile: '/nonexistent/offprint-trusted-sites.json',
};
