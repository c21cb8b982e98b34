/**
 * A coded reason (an import failure's code and values) as a sentence of the `errors` namespace: the values that are
 * themselves coded reasons (a cause) are written first, in the same language. Main writes the English for logs;
 * the renderer writes the interface's language, each inserted value (a file name, a path, a size) in a bidi
 * isolate so that a Latin name keeps its order in an Arabic sentence.
 */
import type { CodedReason } from '../contract';
import { isolate } from './isolate';

/** `t` of the errors namespace: a code and its values → the sentence. */
export type ReasonT = (code: CodedReason['code'], values: Record<string, string | number>) => string;

export function reasonText(reason: CodedReason, t: ReasonT, isolateValues: boolean): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    if (typeof value === 'object') values[name] = reasonText(value, t, isolateValues);
    else values[name] = isolateValues && typeof value === 'string' ? isolate(value) : value;
  }
  return t(reason.code, values);
}
