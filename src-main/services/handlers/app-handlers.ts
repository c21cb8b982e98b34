import type { AppInfo, InvokeHandlers } from '../../../src-shared/contract';
import { isLocale } from '../../../src-shared/i18n';
import type { ContextMenuReports } from '../context-menu/context-reports';
import type { BridgeHost } from './bridge-host';
import { guarded, ok, parseChannelArgs } from './result';

/** Only the fields of AppInfo go to the page, whatever else the host's object holds (never a path). */
function pageInfo({ name, version, platform }: AppInfo): AppInfo {
  return { name, version, platform };
}

export function appHandlers(
  host: BridgeHost,
  contextMenus: ContextMenuReports,
): Pick<
  InvokeHandlers,
  'app:getInfo' | 'app:reportContextMenu' | 'app:popupRowMenu' | 'app:popupSidebarMenu' | 'app:setLanguage'
> {
  return {
    'app:getInfo': (...args) =>
      guarded('Reading app information', async () => {
        const parsed = parseChannelArgs('app:getInfo', args);
        return parsed.ok ? ok(pageInfo(host.appInfo)) : parsed;
      }),
    // Kept at once (before any await), so it is there when main's context-menu event for this right-click comes.
    'app:reportContextMenu': (...args) =>
      guarded('Reporting the context menu', async () => {
        const parsed = parseChannelArgs('app:reportContextMenu', args);
        if (!parsed.ok) return parsed;
        contextMenus.report(parsed.value[0]);
        return ok(null);
      }),
    'app:popupRowMenu': (...args) =>
      guarded('Showing the article’s menu', async () => {
        const parsed = parseChannelArgs('app:popupRowMenu', args);
        return parsed.ok ? ok(await host.popupRowMenu(parsed.value[0])) : parsed;
      }),
    'app:popupSidebarMenu': (...args) =>
      guarded('Showing the sidebar entry’s menu', async () => {
        const parsed = parseChannelArgs('app:popupSidebarMenu', args);
        return parsed.ok ? ok(await host.popupSidebarMenu(parsed.value[0])) : parsed;
      }),
    'app:setLanguage': (...args) =>
      guarded('Changing the language', async () => {
        const parsed = parseChannelArgs('app:setLanguage', args);
        if (!parsed.ok) return parsed;
        const [locale] = parsed.value;
        // The schema refused anything else; the guard tells the compiler what it checked.
        if (isLocale(locale)) host.setLanguage(locale);
        return ok(null);
      }),
  };
}
