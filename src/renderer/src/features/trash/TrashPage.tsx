import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Pagination, Table, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { PageHeader } from '../../components/PageHeader';
import { notifyError } from '../../components/notify';
import { notifyUndoable } from '../../components/undo-toast';
import { useListTranslation } from '../contacts/list/list-strings';
import { EmptyTrashButton } from './EmptyTrashButton';
import { useFormatLocale } from '../../i18n/formats';

const PAGE_SIZE = 200;

/**
 * Contacts moved to the trash, newest first: restore one or a selection (undoable), or empty the
 * trash for good after a confirmation.
 */
export function TrashPage() {
  const { t } = useListTranslation();
  const formats = useFormatLocale();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const { data, error, reload } = useCall(
    'contacts.list',
    { trashed: true, sort: 'updated', direction: 'desc', offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    `trash-${page}`,
  );
  const refresh = () => {
    setSelected(new Set());
    reload();
  };

  const restore = async (ids: number[], name?: string) => {
    try {
      const result = await call('contacts.restore', { ids });
      const message = name ? t('contacts.restored', { name }) : t('contactsList.trash.restoredMany', { count: result.count });
      notifyUndoable(message, result.batchId, refresh);
      refresh();
    } catch (err) {
      notifyError(err);
    }
  };
  const toggle = (id: number, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const when = new Intl.DateTimeFormat(formats, { dateStyle: 'medium', timeStyle: 'short' });
  const total = data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (data && page > pageCount) setPage(pageCount);
  return (
    <>
      <PageHeader title={t('trash.title')}>
        {selected.size > 0 && (
          <Button variant="light" leftSection={<IconArrowBackUp size={16} />} onClick={() => void restore([...selected])}>
            {t('contactsList.trash.restoreSelected', { count: selected.size })}
          </Button>
        )}
        <EmptyTrashButton count={total} onEmptied={refresh} />
      </PageHeader>
      <Text c="dimmed" mb="md">
        {t('trash.hint')}
      </Text>
      {error && <Alert color="red">{error.message}</Alert>}
      {data && total === 0 && <Text>{t('trash.empty')}</Text>}
      {data && total > 0 && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('contactsList.trash.count', { count: total })}
          </Text>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th>{t('fields.displayName')}</Table.Th>
                <Table.Th>{t('trash.deletedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('contactsList.selectRow', { name: row.displayName })}
                      checked={selected.has(row.id)}
                      onChange={(e) => toggle(row.id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Link href={`/contacts/${row.id}`}>{row.displayName}</Link>
                  </Table.Td>
                  <Table.Td>{row.deletedAt ? when.format(new Date(row.deletedAt)) : ''}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconArrowBackUp size={14} />}
                      onClick={() => void restore([row.id], row.displayName)}
                    >
                      {t('contacts.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {total > PAGE_SIZE && (
            <Group justify="center" mt="md">
              <Pagination total={pageCount} value={page} onChange={setPage} />
            </Group>
          )}
        </>
      )}
    </>
  );
}
