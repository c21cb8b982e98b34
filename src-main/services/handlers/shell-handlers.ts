import type { InvokeHandlers } from '../../../src-shared/contract';
import { checkExternalUrl } from '../external-url';
import type { BridgeHost } from './bridge-host';
import { fail, guarded, ok, parseChannelArgs } from './result';

export function shellHandlers(host: BridgeHost): Pick<InvokeHandlers, 'shell:openExternal'> {
  return {
    'shell:openExternal': (...args) =>
      guarded<null>('Opening the link', async () => {
        const parsed = parseChannelArgs('shell:openExternal', args);
        if (!parsed.ok) return parsed;
        const checked = checkExternalUrl(parsed.value[0]);
        if (!checked.ok) return fail('forbidden', checked.reason);
        await host.openExternal(checked.url);
        return ok(null);
      }),
  };
}
