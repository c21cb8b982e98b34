/**
 * Words for code outside React (a store, a queue) that builds a message when something happens, e.g. the label of
 * an import kept in its report: translated with the instance the LocaleProvider put in place (react-i18next's
 * global one; in unit tests without the provider, English).
 */
import { getI18n } from 'react-i18next';
import type { i18n, TFunction } from 'i18next';
import { createI18n, DEFAULT_LOCALE, type Namespace } from '../../../../src-shared/i18n';

let fallback: i18n | undefined;

/** Before any provider (or in Node, where nothing set one): English. */
export function translatorFor<N extends Namespace>(namespace: N): TFunction<N> {
  const current = (getI18n() as i18n | undefined) ?? (fallback ??= createI18n(DEFAULT_LOCALE));
  return current.getFixedT(null, namespace);
}
