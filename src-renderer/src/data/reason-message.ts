/**
 * A coded reason from main (a failure's code and values) in the interface language, with each inserted value (a
 * file name, a path, a technical detail) in a bidi isolate; main's English words where no language is set up
 * (a unit test without the LocaleProvider).
 */
import { getI18n } from 'react-i18next';
import type { i18n } from 'i18next';
import type { CodedReason } from '../../../src-shared/contract';
import { reasonText } from '../../../src-shared/i18n';

export function reasonMessage(reason: CodedReason, english: string): string {
  const current = getI18n() as i18n | undefined;
  if (!current) return english;
  const t = current.getFixedT(null, 'errors');
  // The values arrive from main with the code, so their names are checked by the tests, not by the key's type.
  return reasonText(reason, (code, values) => t(code as 'empty', values), true);
}

/** A failure main recorded (the backup status's last one): in the interface language when it has a code. */
export function failureMessage(failure: { message: string; reason?: CodedReason | undefined }): string {
  return failure.reason ? reasonMessage(failure.reason, failure.message) : failure.message;
}
