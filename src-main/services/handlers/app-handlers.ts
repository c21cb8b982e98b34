import type { AppInfo, InvokeHandlers } from '../../../src-shared/contract';
import type { BridgeHost } from './bridge-host';
import { guarded, ok, parseChannelArgs } from './result';

/** Only the fields of AppInfo go to the page, whatever else the host's object holds (never a path). */
function pageInfo({ name, version, platform }: AppInfo): AppInfo {
  return { name, version, platform };
}

export function appHandlers(host: BridgeHost): Pick<InvokeHandlers, 'app:getInfo'> {
  return {
    'app:getInfo': (...args) =>
      guarded('Reading app information', async () => {
        const parsed = parseChannelArgs('app:getInfo', args);
        return parsed.ok ? ok(pageInfo(host.appInfo)) : parsed;
      }),
  };
}
