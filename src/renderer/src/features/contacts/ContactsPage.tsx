import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { ContactsList } from './list/ContactsList';

/** The customer file: the list people spend their day in, and the way to add a person. */
export function ContactsPage() {
  const { t } = useTranslation();
  return (
    // The page fills the window below the header so the grid, not the page, scrolls.
    <Stack gap={0} h="calc(100dvh - var(--app-shell-header-height, 48px) - 2 * var(--mantine-spacing-md))">
      <PageHeader title={t('contacts.title')}>
        <Button component={Link} href="/contacts/new" leftSection={<IconPlus size={16} />}>
          {t('contacts.add')}
        </Button>
      </PageHeader>
      <ContactsList />
    </Stack>
  );
}
