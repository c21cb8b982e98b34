import type { InvokeHandlers } from '../../../src-shared/contract';
import type { BridgeHost } from './bridge-host';
import { expectNoArgs, guarded, ok } from './result';

export function appHandlers(host: BridgeHost): Pick<InvokeHandlers, 'app:getInfo'> {
  return {
    'app:getInfo': (...args) =>
      guarded('Reading app information', async () => expectNoArgs(args) ?? ok(host.appInfo)),
  };
}
