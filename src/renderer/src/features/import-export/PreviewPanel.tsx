import { Alert, Checkbox, Group, List, Paper, Radio, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { DuplicateMode, ImportPreview, ImportSession, InvalidRows, MappingInput, PreviewRow } from '../../../../shared/contract/imports.contract';
import type { TFunction } from 'i18next';
import { useImportsTranslation } from './strings';
import { requiredWords } from '../../../../shared/import-export/required-words';
import { useFormatLocale } from '../../i18n/formats';
import { ProblemRowsButton } from './ProblemRowsButton';

const STATUS_COLOR = { new: 'teal', duplicate: 'yellow', invalid: 'red', ignored: 'dimmed' } as const;

function Counts({ preview, kind }: { preview: ImportPreview; kind: ImportSession['kind'] }) {
  const { t } = useImportsTranslation();
  const n = new Intl.NumberFormat(useFormatLocale());
  // Rows that are no record (a sheet's totals) are counted only when the file has some.
  const shown = preview.counts.ignored ? (['total', 'new', 'duplicate', 'invalid', 'ignored'] as const) : (['total', 'new', 'duplicate', 'invalid'] as const);
  return (
    <Group gap="lg" aria-label={t('imports.previewTitle')}>
      {shown.map((k) => (
        <Paper key={k} withBorder px="md" py="xs">
          <Text size="xs" c="dimmed">
            {k === 'ignored' ? t(`imports.ignored.${kind}`) : t(`imports.counts.${k}`)}
          </Text>
          <Text fw={700} size="lg" data-count={k}>
            {n.format(preview.counts[k])}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}

/** What of a stored sale a file row changes, as stored: its date, quantity and amount where they differ. */
function wasValues(sale: NonNullable<PreviewRow['sale']>, day: (iso: string) => string, n: Intl.NumberFormat, t: TFunction): string {
  const was = sale.was!;
  const parts = [was.date !== sale.date ? day(was.date) : '', was.quantity !== sale.quantity ? t('imports.saleWasQuantity', { quantity: n.format(was.quantity) }) : '', was.amount !== sale.amount ? was.amount : ''];
  return parts.filter(Boolean).join(' · ');
}

function RowsTable({ rows, kind, showMatch }: { rows: PreviewRow[]; kind: ImportSession['kind']; showMatch: boolean }) {
  const { t } = useImportsTranslation();
  const reasons = (r: PreviewRow) => r.duplicateOf?.reasons.map((x) => t(`imports.matchReasons.${x}`)).join(', ') ?? '';
  const formats = useFormatLocale();
  // Dates as read, with the month in words: whether 03/04 became March or April shows at a glance.
  const days = new Intl.DateTimeFormat(formats, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? days.format(new Date(`${iso}T00:00:00Z`)) : iso);
  const n = new Intl.NumberFormat(formats);
  // The order number's column, when the file has one.
  const withReference = rows.some((r) => r.sale?.reference);
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.columns.line')}</Table.Th>
            <Table.Th>{t('imports.columns.status')}</Table.Th>
            {kind === 'sales' ? (
              <>
                <Table.Th>{t('imports.columns.date')}</Table.Th>
                {withReference && <Table.Th>{t('imports.columns.reference')}</Table.Th>}
                <Table.Th>{t('imports.columns.customer')}</Table.Th>
                <Table.Th>{t('imports.columns.product')}</Table.Th>
                <Table.Th>{t('imports.columns.quantity')}</Table.Th>
                <Table.Th>{t('imports.columns.amount')}</Table.Th>
              </>
            ) : (
              <>
                <Table.Th>{t('imports.columns.name')}</Table.Th>
                <Table.Th>{t('imports.columns.company')}</Table.Th>
                <Table.Th>{t('imports.columns.phones')}</Table.Th>
                <Table.Th>{t('imports.columns.emails')}</Table.Th>
                <Table.Th>{t('imports.columns.address')}</Table.Th>
                <Table.Th>{t('imports.columns.birthday')}</Table.Th>
              </>
            )}
            <Table.Th>{t('imports.columns.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.line}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} c={STATUS_COLOR[r.status]} style={{ whiteSpace: 'nowrap' }}>
                  {r.status === 'ignored' ? t(`imports.ignoredStatus.${kind}`) : t(`imports.statuses.${r.status}`)}
                </Text>
              </Table.Td>
              {kind === 'sales' && r.sale ? (
                <>
                  <Table.Td>{day(r.sale.date)}</Table.Td>
                  {withReference && <Table.Td>{r.sale.reference}</Table.Td>}
                  <Table.Td>
                    {r.name}
                    {r.status !== 'ignored' && (
                      <Text size="xs" c="dimmed">
                        {r.duplicateOf ? r.duplicateOf.name : r.sale.newCustomer ? t('imports.newCustomer') : r.sale.walkIn ? t('imports.walkIn') : t('imports.noCustomer')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.sale.product}</Table.Td>
                  <Table.Td>{r.status === 'ignored' && !r.sale.quantity ? '' : n.format(r.sale.quantity)}</Table.Td>
                  <Table.Td>{r.sale.amount}</Table.Td>
                </>
              ) : (
                <>
                  <Table.Td>
                    {r.name}
                    {showMatch && r.duplicateOf && (
                      <Text size="xs" c="dimmed">
                        {t('imports.duplicateOf', { name: r.duplicateOf.name, reasons: reasons(r) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.company}</Table.Td>
                  {/* One phone or email a line: each carries its label in brackets. */}
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.phones.join('\n')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.emails.join('\n')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.address}</Table.Td>
                  <Table.Td>{day(r.birthday)}</Table.Td>
                </>
              )}
              <Table.Td>
                {t(`imports.actions.${r.action}`)}
                {r.sale && r.sale.storedBy !== null && (
                  <Text size="xs" c="dimmed">
                    {r.sale.storedBy ? t('imports.storedBy', { name: r.sale.storedBy }) : t('imports.storedByHand')}
                  </Text>
                )}
                {r.sale?.was && (
                  <Text size="xs" c="orange.8">
                    {t('imports.saleWas', { values: wasValues(r.sale, day, n, t) })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export interface PreviewChoices {
  duplicateMode: DuplicateMode;
  invalidRows: InvalidRows;
  /** Sales: customers no contact matches become contacts. */
  addCustomers: boolean;
}

/**
 * What the import will do before anything is written: the counts, the questions the file leaves
 * open (date order), the choice for duplicates and for rows with bad values, the first rows as
 * they will be stored, every duplicate with what happens to it and every problem with its row.
 */
export function PreviewPanel(props: {
  session: ImportSession;
  preview: ImportPreview;
  mapping: MappingInput;
  choices: PreviewChoices;
  onMapping: (m: MappingInput) => void;
  onChoices: (c: PreviewChoices) => void;
}) {
  const { t, i18n } = useImportsTranslation();
  const { preview, session, choices } = props;
  const n = new Intl.NumberFormat(useFormatLocale());
  if (preview.unmapped.length) {
    return (
      <Alert color="yellow" role="status">
        {t('imports.unmapped', { count: preview.unmapped.length, targets: requiredWords(preview.unmapped, t, i18n.language) })}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Counts preview={preview} kind={session.kind} />
      {preview.ambiguousDates.map((d) => (
        <Stack key={d.index} gap={4}>
          <Text>{t('imports.dateQuestion', { column: d.header, examples: d.examples.join(', ') })}</Text>
          <SegmentedControl
            w="fit-content"
            aria-label={d.header}
            value={props.mapping.dateOrders[String(d.index)] ?? ''}
            onChange={(v) => props.onMapping({ ...props.mapping, dateOrders: { ...props.mapping.dateOrders, [String(d.index)]: v as 'dmy' | 'mdy' } })}
            data={[
              { value: 'dmy', label: t('importExport.dateOrders.dmy') },
              { value: 'mdy', label: t('importExport.dateOrders.mdy') },
            ]}
          />
        </Stack>
      ))}
      {session.kind === 'contacts' && (
        <Radio.Group label={t('imports.duplicateMode')} description={t(`imports.duplicateModeHints.${choices.duplicateMode}`)} value={choices.duplicateMode} onChange={(v) => props.onChoices({ ...choices, duplicateMode: v as DuplicateMode })}>
          <Group mt={4}>
            {(['skip', 'fillEmpty', 'overwrite', 'importNew'] as const).map((m) => (
              <Radio key={m} value={m} label={t(`imports.duplicateModes.${m}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
      {session.kind === 'sales' && preview.counts.duplicate > 0 && (
        <Radio.Group label={t('imports.saleDuplicateMode')} value={choices.duplicateMode === 'importNew' || choices.duplicateMode === 'overwrite' ? choices.duplicateMode : 'skip'} onChange={(v) => props.onChoices({ ...choices, duplicateMode: v as DuplicateMode })}>
          <Group mt={4}>
            {(preview.changedSales > 0 ? (['skip', 'overwrite', 'importNew'] as const) : (['skip', 'importNew'] as const)).map((m) => (
              <Radio key={m} value={m} label={t(`imports.saleDuplicateModes.${m}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
      {session.kind === 'sales' && preview.newCustomers > 0 && (
        <Checkbox
          label={t('imports.addCustomers', { count: preview.newCustomers })}
          checked={choices.addCustomers}
          onChange={(e) => props.onChoices({ ...choices, addCustomers: e.currentTarget.checked })}
        />
      )}
      {session.kind === 'contacts' && preview.counts.invalid > 0 && (
        <Radio.Group label={t('imports.invalidRows')} value={choices.invalidRows} onChange={(v) => props.onChoices({ ...choices, invalidRows: v as InvalidRows })}>
          <Group mt={4}>
            {(['skip', 'importValid'] as const).map((m) => (
              <Radio key={m} value={m} label={t(`imports.invalidModes.${m}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
      <Title order={5}>{t('imports.firstRows')}</Title>
      <RowsTable rows={preview.rows} kind={session.kind} showMatch />
      {preview.duplicates.length > 0 && (
        <>
          <Title order={5}>
            {t('imports.duplicatesTitle')} ({n.format(preview.counts.duplicate)})
          </Title>
          <RowsTable rows={preview.duplicates} kind={session.kind} showMatch />
        </>
      )}
      <Title order={5}>
        {t('imports.invalidTitle')} ({n.format(preview.counts.invalid + preview.counts.ignored)})
      </Title>
      {preview.issues.length === 0 ? (
        <Text c="dimmed">{t('imports.noIssues')}</Text>
      ) : (
        <List size="sm" aria-label={t('imports.invalidTitle')} mah={320} style={{ overflowY: 'auto' }}>
          {preview.issues.map((issue, i) => (
            <List.Item key={i}>{issue.message}</List.Item>
          ))}
          {preview.issueTotal > preview.issues.length && <List.Item>{t('imports.moreIssues', { count: preview.issueTotal - preview.issues.length })}</List.Item>}
        </List>
      )}
      {/* Rows that are no record have nothing to put right. */}
      {preview.counts.invalid > 0 && <ProblemRowsButton sessionId={session.sessionId} mapping={props.mapping} choices={choices} />}
    </Stack>
  );
}
