import { z } from 'zod';
import type { InvokeHandlers } from '../../../src-shared/contract';
import { checkExternalUrl } from '../external-url';
import type { BridgeHost } from './bridge-host';
import { fail, guarded, ok, parseArgs } from './result';

const urlArgs = z.tuple([z.string().min(1).max(4096)]);

export function shellHandlers(host: BridgeHost): Pick<InvokeHandlers, 'shell:openExternal'> {
  return {
    'shell:openExternal': (...args) =>
      guarded<null>('Opening the link', async () => {
        const parsed = parseArgs(urlArgs, args);
        if (!parsed.ok) return parsed;
        const checked = checkExternalUrl(parsed.value[0]);
        if (!checked.ok) return fail('forbidden', checked.reason);
        await host.openExternal(checked.url);
        return ok(null);
      }),
  };
}
