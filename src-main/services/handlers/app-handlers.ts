import type { InvokeHandlers } from '../../../src-shared/contract';
import type { BridgeHost } from './bridge-host';
import { guarded, ok, parseChannelArgs } from './result';

export function appHandlers(host: BridgeHost): Pick<InvokeHandlers, 'app:getInfo'> {
  return {
    'app:getInfo': (...args) =>
      guarded('Reading app information', async () => {
        const parsed = parseChannelArgs('app:getInfo', args);
        return parsed.ok ? ok(host.appInfo) : parsed;
      }),
  };
}
