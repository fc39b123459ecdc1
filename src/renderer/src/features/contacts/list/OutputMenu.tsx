import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport, IconMail, IconMailbox, IconTags } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { ContactListQueryInput } from '../../../../../shared/contacts/contact.schema';
import { documentsLink } from '../../documents/run-source';
import { exportHref } from '../../import-export/export-link';
import { useListTranslation } from './list-strings';

/**
 * "Print & export" for the list: labels, envelopes, letters or a file, for the selected contacts
 * when there are any, otherwise for everyone the list shows (its search and filters).
 */
export function OutputMenu({ query, selected }: { query: ContactListQueryInput; selected: readonly number[] }) {
  const { t } = useListTranslation();
  const [, navigate] = useLocation();
  const ids = selected.length ? [...selected] : undefined;
  const view: ContactListQueryInput = { search: query.search, filters: query.filters, sort: query.sort, direction: query.direction };
  const docs = (tab: 'labels' | 'envelopes' | 'letters') => navigate(documentsLink(tab, ids ? { ids } : { query: view }));
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={14} />}>
          {t('contactsList.outputs.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {ids ? t('contactsList.outputs.scopeSelection', { count: ids.length }) : t('contactsList.outputs.scopeList')}
        </Menu.Label>
        <Menu.Item leftSection={<IconTags size={16} />} onClick={() => docs('labels')}>
          {t('contactsList.outputs.labels')}
        </Menu.Item>
        <Menu.Item leftSection={<IconMailbox size={16} />} onClick={() => docs('envelopes')}>
          {t('contactsList.outputs.envelopes')}
        </Menu.Item>
        <Menu.Item leftSection={<IconMail size={16} />} onClick={() => docs('letters')}>
          {t('contactsList.outputs.letters')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileExport size={16} />}
          onClick={() => navigate(exportHref(ids ? { ids } : { view }))}
        >
          {t('contactsList.outputs.export')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
