import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ExportResult } from '../../../../shared/contract/exports.contract';
import { isRealDate } from '../../../../shared/contacts/iso-date';
import { listSeparator } from '../../../../shared/import-export/list-separator';
import { call } from '../../api/client';
import { DateTextInput } from '../../components/DateTextInput';
import { notifyError } from '../../components/notify';
import { useFormatLocale } from '../../i18n/formats';
import { useImportsTranslation } from './strings';

/**
 * Exports the sales records of a period (open at either end) to XLSX or CSV, each sale with its
 * customer: what the accountant asks for. A CSV is split as the office's spreadsheets split it.
 */
export function SalesExport({ deliver, disabled }: { deliver: (r: ExportResult) => Promise<void>; disabled: boolean }) {
  const { t } = useImportsTranslation();
  const formats = useFormatLocale();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [busy, setBusy] = useState(false);
  // A date still being typed is no period yet; the button waits for it.
  const unfinished = (d: string) => d !== '' && !isRealDate(d);
  const run = async () => {
    setBusy(true);
    try {
      await deliver(await call('exports.sales', { format, ...(from ? { from } : {}), ...(to ? { to } : {}), delimiter: listSeparator(formats) }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={5}>{t('imports.export.salesTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('imports.export.salesHint')}
          </Text>
        </div>
        <Group align="flex-end">
          <DateTextInput label={t('imports.export.salesFrom')} w={170} value={from} onChange={setFrom} />
          <DateTextInput label={t('imports.export.salesTo')} w={170} value={to} onChange={setTo} />
          <Select
            label={t('imports.export.salesFormat')}
            w={220}
            allowDeselect={false}
            value={format}
            onChange={(v) => v && setFormat(v as typeof format)}
            data={[
              { value: 'xlsx', label: t('imports.export.formats.xlsx') },
              { value: 'csv', label: t('imports.export.formats.csv') },
            ]}
          />
          <Button leftSection={<IconDownload size={16} />} variant="default" loading={busy} disabled={disabled || busy || unfinished(from) || unfinished(to)} onClick={() => void run()}>
            {t('imports.export.salesStart')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
