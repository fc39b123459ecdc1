import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Anchor, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { useCall } from '../../../api/use-call';
import { PageHeader } from '../../../components/PageHeader';
import { MergeDialog } from './MergeDialog';

/** Every group of likely duplicates in the file, each with a way to review and merge it. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { data, reload } = useCall('contacts.duplicates', { limit: 200 }, 'duplicates');
  const [open, setOpen] = useState<number[] | null>(null);
  return (
    <>
      <PageHeader title={t('contactPage.merge.listTitle')} />
      {!data && <Loader />}
      {data && data.length === 0 && <Text c="dimmed">{t('contactPage.merge.listEmpty')}</Text>}
      <Stack maw={900}>
        {data?.map((group) => (
          <Card key={group.contacts.map((c) => c.id).join('-')} withBorder>
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t(`contacts.duplicateReasons.${group.reason}`)}
                </Text>
                {group.contacts.map((c) => (
                  <Group key={c.id} gap="xs">
                    <Anchor component={Link} href={`/contacts/${c.id}`}>
                      {c.displayName}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {[c.companyName, c.email, c.phone, c.city].filter(Boolean).join(' · ')}
                    </Text>
                  </Group>
                ))}
              </Stack>
              <Button variant="light" onClick={() => setOpen(group.contacts.map((c) => c.id))}>
                {t('contactPage.merge.reviewGroup')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      {open && open[0] !== undefined && (
        <MergeDialog ids={open} initialTarget={open[0]} onClose={() => setOpen(null)} onChanged={reload} />
      )}
    </>
  );
}
