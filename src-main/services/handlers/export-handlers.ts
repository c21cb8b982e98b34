import type { InvokeHandlers } from '../../contract';
import type { BridgeHost } from './bridge-host';
import { fail } from './result';

type ExportChannels = 'export:begin' | 'export:add' | 'export:finish' | 'export:abort';

const notYet = async () => fail('internal', 'Export is not available yet.');

export function exportHandlers(_host: BridgeHost): Pick<InvokeHandlers, ExportChannels> {
  return { 'export:begin': notYet, 'export:add': notYet, 'export:finish': notYet, 'export:abort': notYet };
}
