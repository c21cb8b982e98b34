import { z } from 'zod';
import type { InvokeHandlers } from '../../../src-shared/contract';
import { createExternalOpener } from '../external-open/open-external';
import type { BridgeHost } from './bridge-host';
import { guarded, parseArgs } from './result';

const urlArgs = z.tuple([z.string().min(1).max(4096)]);

export function shellHandlers(host: BridgeHost): Pick<InvokeHandlers, 'shell:openExternal'> {
  const openExternal = createExternalOpener(host);
  return {
    'shell:openExternal': (...args) =>
      guarded<null>('Opening the link', async () => {
        const parsed = parseArgs(urlArgs, args);
        if (!parsed.ok) return parsed;
        return openExternal(parsed.value[0]);
      }),
  };
}
