import { IconAddressBook, IconFileImport, IconMailbox, IconSettings, IconTrash, type Icon } from '@tabler/icons-react';

export interface NavItem {
  path: string;
  /** i18n key of the label. */
  label: string;
  icon: Icon;
  /** Other paths that belong to the same area. */
  also?: readonly string[];
}

/** The areas of the app. An area is listed here only once it works. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/contacts', label: 'nav.contacts', icon: IconAddressBook },
  { path: '/documents', label: 'mailings.nav', icon: IconMailbox },
  { path: '/import', label: 'imports.nav', icon: IconFileImport, also: ['/export'] },
  { path: '/trash', label: 'nav.trash', icon: IconTrash },
  { path: '/settings', label: 'nav.settings', icon: IconSettings },
];
