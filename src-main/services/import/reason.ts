/**
 * One reason a file was not imported: its code and values (shown by the renderer in the interface language) and
 * the same sentence in English (logs, exports, the command line), written from the English messages so the two
 * never drift apart.
 */
import type { CodedReason, ImportFailure, ReasonParams } from '../../../src-shared/contract';
import { createI18n, reasonText, type ErrorCode, type ReasonT } from '../../../src-shared/i18n';

/** A failure's reason: the English words, and the code and values the interface shows in its own language. */
export type FailureReason = Omit<ImportFailure, 'path'> & CodedReason;

let english: ReasonT | undefined;

function englishText(coded: CodedReason): string {
  if (!english) {
    const t = createI18n('en').getFixedT('en', 'errors');
    // The values' names are checked by the messages' tests, not by the key's type.
    english = (code, values) => t(code as 'empty', values);
  }
  return reasonText(coded, english, false);
}

export function reason(code: ErrorCode, params?: ReasonParams): FailureReason {
  const coded: CodedReason = params ? { code, params } : { code };
  return { reason: englishText(coded), ...coded };
}


/** An error whose message is a reason's English words, with the reason itself (`failure`) for the report. */
export class ReasonError extends Error {
  readonly failure: FailureReason;

  constructor(code: ErrorCode, params?: ReasonParams) {
    const failure = reason(code, params);
    super(failure.reason);
    this.failure = failure;
  }
}

/** The reason of a refused check (`{ ok: false, … }`), without its `ok`. */
export function withoutOk({ ok: _ok, ...why }: { ok: false } & FailureReason): FailureReason {
  return why;
}
