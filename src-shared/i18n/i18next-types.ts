/**
 * i18next's keys typed from the English messages: `t('library:noArticles')` with a key that does not exist, or a
 * namespace that does not, fails to compile, in main and in the renderer alike.
 */
import type { Messages } from './messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Messages;
    returnNull: false;
  }
}
