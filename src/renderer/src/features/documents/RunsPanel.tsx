import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { notifyError } from '../../components/notify';
import { deliver, isDesktop, tabForPrint } from './deliver';
import { rememberedMeta } from './RunOptions';
import { useMailingsTranslation } from './mailings-i18n';
import { useFormatLocale } from '../../i18n/formats';

const when = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Every printed run, newest first, reprinted exactly on request; and how much each staff member sent. */
export function RunsPanel({ version }: { version: number }) {
  const { t } = useMailingsTranslation();
  const formats = useFormatLocale();
  const runs = useCall('mailings.runs.list', { limit: 200 }, `runs-${version}`);
  const counts = useCall('mailings.counts', {}, `counts-${version}`);
  const reprint = async (id: number, title: string) => {
    const tab = tabForPrint('print');
    try {
      const result = await call('mailings.reprint', { runId: id, output: isDesktop() ? 'html' : 'pdf', staffId: rememberedMeta().staffId });
      await deliver(result, 'print', title, tab);
      notifications.show({ color: 'teal', message: t('mailings.runs.reprinted') });
      runs.reload();
    } catch (err) {
      tab?.close();
      notifyError(err);
    }
  };
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={4}>{t('mailings.runs.title')}</Title>
        {runs.data?.length === 0 && <Text c="dimmed">{t('mailings.runs.empty')}</Text>}
        {!!runs.data?.length && (
          <Table striped withTableBorder aria-label={t('mailings.runs.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mailings.runs.when')}</Table.Th>
                <Table.Th>{t('mailings.runs.what')}</Table.Th>
                <Table.Th>{t('mailings.runs.target')}</Table.Th>
                <Table.Th>{t('mailings.runs.contacts')}</Table.Th>
                <Table.Th>{t('mailings.runs.pages')}</Table.Th>
                <Table.Th>{t('mailings.runs.by')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{when(r.createdAt, formats)}</Table.Td>
                  <Table.Td>
                    {t(`mailings.runs.kinds.${r.kind}`)}
                    {r.name ? ` · ${r.name}` : ''}
                    {r.reprintOf ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('mailings.runs.reprintOf', { id: r.reprintOf })})
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{r.target}</Table.Td>
                  <Table.Td>{r.contacts}</Table.Td>
                  <Table.Td>{r.pages}</Table.Td>
                  <Table.Td>{r.staffName ?? t('mailings.runs.nobody')}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="light" onClick={() => void reprint(r.id, r.name || r.target)}>
                      {t('mailings.runs.reprint')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {!!counts.data?.byStaff.length && (
        <Stack gap="xs">
          <Title order={4}>{t('mailings.runs.counts')}</Title>
          <Table withTableBorder aria-label={t('mailings.runs.counts')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mailings.runs.by')}</Table.Th>
                <Table.Th>{t('mailings.runs.letters')}</Table.Th>
                <Table.Th>{t('mailings.runs.labels')}</Table.Th>
                <Table.Th>{t('mailings.runs.envelopes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.data.byStaff.map((s) => (
                <Table.Tr key={String(s.staffId)}>
                  <Table.Td>{s.staffName ?? t('mailings.runs.nobody')}</Table.Td>
                  <Table.Td>{s.letters}</Table.Td>
                  <Table.Td>{s.labels}</Table.Td>
                  <Table.Td>{s.envelopes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
