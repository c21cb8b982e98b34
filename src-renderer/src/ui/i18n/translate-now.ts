/**
 * Words for code outside React (a store, a queue) that builds a message when something happens, e.g. the label of
 * an import kept in its report: translated with the instance the LocaleProvider put in place (react-i18next's
 * global one; in unit tests without the provider, English).
 */
import { getI18n } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Namespace } from '../../../../src-shared/i18n';

export function translatorFor<N extends Namespace>(namespace: N): TFunction<N> {
  return getI18n().getFixedT(null, namespace);
}
