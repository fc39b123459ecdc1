import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Table, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { ImportRecord } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { notifyError, notifySuccess } from '../../components/notify';
import { useImportsTranslation } from './strings';
import { useFormatLocale } from '../../i18n/formats';

/** Every import so far, newest first, each undoable in one click (after a confirmation). */
export function ImportHistory() {
  const { t, i18n } = useImportsTranslation();
  const formats = useFormatLocale();
  const { data, error, reload } = useCall('imports.history', { limit: 100 }, 'history');
  const when = new Intl.DateTimeFormat(formats, { dateStyle: 'medium', timeStyle: 'short' });
  const [asking, setAsking] = useState<ImportRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const undo = async (r: ImportRecord) => {
    setBusy(true);
    try {
      const undone = await call('imports.undo', { importId: r.id });
      const said = [t('imports.history.undoDone', { name: r.name })];
      if (undone.movedToTrash) said.push(t('imports.history.movedToTrash', { count: undone.movedToTrash }));
      if (undone.leftAsTheyAre) said.push(t('imports.history.leftAsTheyAre', { count: undone.leftAsTheyAre }));
      // Chinese sentences follow one another without a space.
      notifySuccess(said.join(i18n.language.startsWith('zh') ? '' : ' '));
      reload();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (data && !data.length) return <Text c="dimmed">{t('imports.history.empty')}</Text>;
  return (
    <>
    <Modal opened={asking !== null} onClose={() => setAsking(null)} title={t('imports.history.undo')}>
      <Text size="sm">{asking ? t('imports.history.confirmUndo', { name: asking.name }) : ''}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => setAsking(null)}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => asking && void undo(asking)}>
          {t('imports.history.undo')}
        </Button>
      </Group>
    </Modal>
    <Table striped aria-label={t('imports.tabs.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('imports.history.when')}</Table.Th>
          <Table.Th>{t('imports.history.name')}</Table.Th>
          <Table.Th>{t('imports.history.file')}</Table.Th>
          <Table.Th>{t('imports.history.result')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data?.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{when.format(new Date(r.createdAt))}</Table.Td>
            <Table.Td>
              {r.name}{' '}
              <Badge variant="light" size="sm">
                {t(`imports.kinds.${r.kind}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{r.fileName}</Table.Td>
            <Table.Td>
              {t('imports.history.summary', { created: r.created, updated: r.updated, skipped: r.skipped, invalid: r.invalid })}
              {r.ignored > 0 && ` · ${t(r.kind === 'sales' ? 'imports.history.salesIgnored' : 'imports.history.ignored', { count: r.ignored })}`}
              {r.contactsAdded > 0 && ` · ${t('imports.history.customersAdded', { count: r.contactsAdded })}`}
            </Table.Td>
            <Table.Td>
              {r.undoneAt ? (
                <Text size="sm" c="dimmed">
                  {t('imports.history.undoneAt', { date: when.format(new Date(r.undoneAt)) })}
                </Text>
              ) : !r.undoable ? (
                <Text size="sm" c="dimmed">
                  {t('imports.history.restored')}
                </Text>
              ) : (
                <Button size="xs" variant="light" color="red" leftSection={<IconArrowBackUp size={14} />} onClick={() => setAsking(r)}>
                  {t('imports.history.undo')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
    </>
  );
}
