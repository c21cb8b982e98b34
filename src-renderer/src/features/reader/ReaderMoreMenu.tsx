/**
 * "More" at the end of the reader's bar: the article's less frequent actions (Edit details…, Export…, Delete article), a Radix
 * drop-down menu (arrow keys, Escape, focus back on the button), so the bar stays one row in a narrow window.
 */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { Ellipsis } from 'lucide-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';

export function ReaderMoreMenu({ children, triggerRef }: { children: ReactNode; triggerRef?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation('reader');
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger asChild>
        <IconButton ref={triggerRef} label={t('more')} icon={<Ellipsis aria-hidden="true" size={18} />} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu-content" align="end" sideOffset={4} collisionPadding={8}>
          {children}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

export const MenuItem = Menu.Item;
