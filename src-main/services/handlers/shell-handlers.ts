import type { InvokeHandlers } from '../../../src-shared/contract';
import { createExternalOpener } from '../external-open/open-external';
import type { BridgeHost } from './bridge-host';
import { guarded, parseChannelArgs } from './result';

export function shellHandlers(host: BridgeHost): Pick<InvokeHandlers, 'shell:openExternal'> {
  const openExternal = createExternalOpener(host);
  return {
    'shell:openExternal': (...args) =>
      guarded<null>('Opening the link', async () => {
        const parsed = parseChannelArgs('shell:openExternal', args);
        if (!parsed.ok) return parsed;
        return openExternal(parsed.value[0]);
      }),
  };
}
