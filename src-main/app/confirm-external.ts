/**
 * The native confirmation before a link opens outside the app: the whole URL is shown (a page cannot hide where it
 * sends the person, or what the address carries), Cancel is the default, and a web link offers "Always open links
 * to this site".
 */
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { mainT } from './main-language';

export async function confirmOpenExternal(
  win: BrowserWindow | null,
  { url, site }: { url: string; site: string | null },
): Promise<{ open: boolean; alwaysOpenSite: boolean }> {
  const mail = url.toLowerCase().startsWith('mailto:');
  const t = mainT();
  const options: MessageBoxOptions = {
    type: 'question',
    title: mail ? t('openMailTitle') : t('openLinkTitle'),
    message: mail ? t('openMailQuestion') : t('openLinkQuestion'),
    detail: url,
    buttons: [t('open'), t('cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    ...(site ? { checkboxLabel: t('alwaysOpenSite', { host: new URL(site).host }), checkboxChecked: false } : {}),
  };
  const { response, checkboxChecked } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  const open = response === 0;
  return { open, alwaysOpenSite: open && site !== null && checkboxChecked };
}
