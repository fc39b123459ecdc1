import { useState } from 'react';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '../../../../../shared/contacts/history.schema';
import { call } from '../../../api/client';
import { useCall } from '../../../api/use-call';
import { notifyError } from '../../../components/notify';
import { TimelineEntry } from './TimelineEntry';

const PAGE = 100;

/**
 * The one history of a contact, newest first; `version` changes whenever an entry was added.
 * `onChanged` hears of edits and deletions here (they may move the contact's last contact).
 */
export function Timeline({ contactId, version, onChanged }: { contactId: number; version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const { data, reload } = useCall('history.list', { contactId, limit: PAGE }, `${contactId}:${version}`);
  const [older, setOlder] = useState<{ key: string; items: HistoryItem[] }>({ key: '', items: [] });
  const key = `${contactId}:${version}`;
  const items = [...(data?.items ?? []), ...(older.key === key ? older.items : [])];
  const last = items.at(-1);

  // Older pages are dropped too: an edit or delete may have moved the paging cursor.
  const changed = () => {
    setOlder({ key: '', items: [] });
    reload();
    onChanged();
  };

  const loadOlder = async () => {
    if (!last) return;
    try {
      const page = await call('history.list', { contactId, limit: PAGE, before: { occurredAt: last.occurredAt, id: last.id } });
      setOlder((o) => ({ key, items: [...(o.key === key ? o.items : []), ...page.items] }));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Card withBorder component="section" aria-label={t('contactPage.sections.history')}>
      <Title order={4} mb="sm">
        {t('contactPage.sections.history')}
      </Title>
      {data && items.length === 0 && <Text c="dimmed">{t('contactPage.history.empty')}</Text>}
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('contactPage.sections.history')}>
        {items.map((item) => (
          <TimelineEntry key={`${item.id}:${item.updatedAt}`} item={item} onChanged={changed} />
        ))}
      </Stack>
      {data && items.length < data.total && (
        <Button variant="subtle" mt="sm" onClick={() => void loadOlder()}>
          {t('contactPage.history.more')}
        </Button>
      )}
    </Card>
  );
}
