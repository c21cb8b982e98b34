/**
 * The interface's messages for every shipped locale, read by the renderer and by main alike. English is the
 * source: its keys and placeholders are the contract every other locale is checked against (messages.test.ts).
 * Adding a language: copy ./en to a folder named by its locale, translate it, and add one line below (and its
 * code and name to ../locales.ts).
 */
import type { ShippedLocale } from '../locales';
import { messages as ar } from './ar';
import { messages as de } from './de';
import { messages as en } from './en';
import { messages as es } from './es';
import { messages as fr } from './fr';
import { messages as ja } from './ja';
import { messages as zhHans } from './zh-Hans';
import { messages as zhHant } from './zh-Hant';

/** The English messages' shape: namespaces, keys (with plural suffixes) and their text. */
export type Messages = typeof en;
export type Namespace = keyof Messages;

/** Another locale's messages: the same namespaces, keys checked by messages.test.ts (plural suffixes differ). */
type MessageTree = { readonly [key: string]: string | MessageTree };
export type LocaleMessages = { readonly [N in Namespace]: MessageTree };

export const MESSAGES: Record<ShippedLocale, LocaleMessages> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ja,
  de,
  fr,
  es,
  ar,
};

export const NAMESPACES = Object.keys(en) as Namespace[];
