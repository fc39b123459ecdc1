import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useSearch } from 'wouter';
import { ContactListQuery } from '../../../../shared/contacts/contact.schema';
import { EXPORT_FIELDS, type ContactExportInput, type ExportResult, type ExportScope } from '../../../../shared/contract/exports.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { notifyError } from '../../components/notify';
import { readExportParams } from './export-link';
import { saveOutput } from './file-transfer';
import { SalesExport } from './SalesExport';
import { useImportsTranslation } from './strings';
import { listSeparator } from '../../../../shared/import-export/list-separator';
import { useFormatLocale } from '../../i18n/formats';

type Format = ContactExportInput['format'];
type ScopeType = ExportScope['type'];

/**
 * The columns left unticked at first: our record stamps. Every field and custom field is ticked,
 * so the file holds the whole contact and reads back whole (an unticked middle name or custom
 * field would be lost on the way).
 */
const UNTICKED_AT_FIRST = ['createdAt', 'updatedAt'];

/**
 * Exports contacts (all, the list's current view, a group or a selection) to XLSX, CSV or
 * vCard with the chosen columns and layout, or to a CSV in Outlook's own columns; the file is
 * then saved (desktop) or downloaded.
 * Also the sales records of a period (SalesExport) and the full export of every table as one workbook.
 */
export function ExportPanel() {
  const { t, i18n } = useImportsTranslation();
  const formats = useFormatLocale();
  const search = useSearch();
  const params = useMemo(() => readExportParams(search), [search]);
  const view = useMemo(() => (params.view ? ContactListQuery.safeParse(params.view) : null), [params.view]);
  const [scopeType, setScopeType] = useState<ScopeType>(params.ids?.length ? 'selection' : view?.success ? 'view' : params.groupId ? 'group' : 'all');
  const [groupId, setGroupId] = useState<string | null>(params.groupId ? String(params.groupId) : null);
  const [format, setFormat] = useState<Format>('xlsx');
  const [layout, setLayout] = useState<'contact' | 'address'>('contact');
  const [csvEncoding, setCsvEncoding] = useState<'utf-8-bom' | 'utf-8' | 'gbk'>('utf-8-bom');
  // Until the person picks one: the separator the office's spreadsheets split CSV on.
  const [pickedDelimiter, setDelimiter] = useState<',' | ';' | '\t' | '|' | null>(null);
  const delimiter = pickedDelimiter ?? listSeparator(formats);
  const [vcardVersion, setVcardVersion] = useState<'3.0' | '4.0'>('3.0');
  // Until the person picks one: an Outlook in the language of this screen.
  const [outlookLanguage, setOutlookLanguage] = useState<'en' | 'zh-CN' | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(() => new Set(UNTICKED_AT_FIRST));
  const [busy, setBusy] = useState<'contacts' | 'everything' | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const groups = useCall('groups.list', {}, 'groups');
  const fields = useCall('customFields.list', {}, 'fields');

  const scope = (): ExportScope | null => {
    if (scopeType === 'view' && view?.success) return { type: 'view', query: view.data };
    if (scopeType === 'group') return groupId ? { type: 'group', groupId: Number(groupId) } : null;
    if (scopeType === 'selection' && params.ids?.length) return { type: 'selection', ids: params.ids };
    return { type: 'all' };
  };
  const deliver = async (r: ExportResult) => {
    setResult(r);
    await saveOutput(r.fileId, r.fileName);
  };
  const run = async () => {
    const s = scope();
    if (!s) return;
    setBusy('contacts');
    try {
      await deliver(await call('exports.contacts', { scope: s, format, columns, layout, csvEncoding, delimiter, vcardVersion, ...(outlookLanguage ? { outlookLanguage } : {}) }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  const everything = async () => {
    setBusy('everything');
    try {
      await deliver(await call('exports.everything', {}));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  const allColumns = [
    ...EXPORT_FIELDS.map((f) => ({ value: f as string, label: t(`imports.exportColumns.${f}`) })),
    ...(fields.data ?? []).map((f) => ({ value: `custom:${f.id}`, label: f.label })),
  ];
  // In the order listed, whatever order they were ticked in.
  const columns = allColumns.map((c) => c.value).filter((key) => !unticked.has(key));
  const toggle = (key: string, on: boolean) =>
    setUnticked((u) => {
      const next = new Set(u);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });
  const n = new Intl.NumberFormat(formats);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="md">
          <Title order={4}>{t('imports.export.title')}</Title>
          <Radio.Group label={t('imports.export.scope')} value={scopeType} onChange={(v) => setScopeType(v as ScopeType)}>
            <Group mt={4}>
              <Radio value="all" label={t('imports.export.scopes.all')} />
              {view?.success && <Radio value="view" label={t('imports.export.scopes.view')} />}
              <Radio value="group" label={t('imports.export.scopes.group')} />
              {params.ids?.length ? <Radio value="selection" label={t('imports.export.scopes.selection', { count: params.ids.length })} /> : null}
            </Group>
          </Radio.Group>
          {scopeType === 'group' && (
            <Select label={t('imports.export.group')} w={260} data={(groups.data ?? []).map((g) => ({ value: String(g.id), label: g.name }))} value={groupId} onChange={setGroupId} />
          )}
          <Radio.Group label={t('imports.export.format')} value={format} onChange={(v) => setFormat(v as Format)}>
            <Group mt={4}>
              {(['xlsx', 'csv', 'vcard', 'outlook'] as const).map((f) => (
                <Radio key={f} value={f} label={t(`imports.export.formats.${f}`)} />
              ))}
            </Group>
          </Radio.Group>
          {format === 'outlook' && (
            <Text size="sm" c="dimmed" maw={720}>
              {t('imports.export.outlookHint')}
            </Text>
          )}
          {(format === 'csv' || format === 'outlook') && (
            <Group>
              <Select
                label={t('imports.export.csvEncoding')}
                w={260}
                allowDeselect={false}
                value={csvEncoding}
                onChange={(v) => v && setCsvEncoding(v as typeof csvEncoding)}
                data={(['utf-8-bom', 'utf-8', 'gbk'] as const).map((e) => ({ value: e, label: t(`imports.export.csvEncodings.${e}`) }))}
              />
              {format === 'outlook' && (
                <Select
                  label={t('imports.export.outlookLanguage')}
                  w={200}
                  allowDeselect={false}
                  value={outlookLanguage ?? (i18n.language === 'zh-CN' ? 'zh-CN' : 'en')}
                  onChange={(v) => v && setOutlookLanguage(v as 'en' | 'zh-CN')}
                  data={[
                    { value: 'en', label: 'English' },
                    { value: 'zh-CN', label: '简体中文' },
                  ]}
                />
              )}
              {format === 'csv' && (
                <Select
                  label={t('imports.export.delimiter')}
                  w={160}
                  allowDeselect={false}
                  value={delimiter}
                  onChange={(v) => v && setDelimiter(v as typeof delimiter)}
                  data={[
                    { value: ',', label: t('imports.delimiters.comma') },
                    { value: ';', label: t('imports.delimiters.semicolon') },
                    { value: '\t', label: t('imports.delimiters.tab') },
                    { value: '|', label: t('imports.delimiters.pipe') },
                  ]}
                />
              )}
            </Group>
          )}
          {format === 'outlook' ? null : format === 'vcard' ? (
            <Select label={t('imports.export.vcardVersion')} w={160} allowDeselect={false} value={vcardVersion} onChange={(v) => v && setVcardVersion(v as typeof vcardVersion)} data={['3.0', '4.0']} />
          ) : (
            <>
              <Radio.Group label={t('imports.export.layout')} value={layout} onChange={(v) => setLayout(v as typeof layout)}>
                <Stack mt={4} gap={6}>
                  <Radio value="contact" label={t('imports.export.layouts.contact')} />
                  <Radio value="address" label={t('imports.export.layouts.address')} />
                </Stack>
              </Radio.Group>
              <Text fw={500} size="sm">
                {t('imports.export.columns')}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6}>
                {allColumns.map((c) => (
                  <Checkbox key={c.value} label={c.label} checked={columns.includes(c.value)} onChange={(e) => toggle(c.value, e.currentTarget.checked)} />
                ))}
              </SimpleGrid>
            </>
          )}
          <Group>
            <Button leftSection={<IconDownload size={16} />} loading={busy === 'contacts'} disabled={busy !== null || !scope() || ((format === 'xlsx' || format === 'csv') && !columns.length)} onClick={() => void run()}>
              {t('imports.export.start')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {result && (
        <Alert color="teal">
          <Group justify="space-between">
            <Text size="sm">{t('imports.export.done', { count: result.rows, file: result.fileName, formatted: n.format(result.rows) })}</Text>
            <Button size="xs" variant="light" onClick={() => void saveOutput(result.fileId, result.fileName)}>
              {t('imports.export.download')}
            </Button>
          </Group>
        </Alert>
      )}
      {result?.unencodable && (
        <Alert color="yellow" title={t('imports.export.unencodableTitle')}>
          {t('imports.export.unencodable', { characters: result.unencodable.join(' ') })}
        </Alert>
      )}
      <SalesExport deliver={deliver} disabled={busy !== null} />
      <Paper withBorder p="md">
        <Group justify="space-between">
          <div>
            <Title order={5}>{t('imports.export.everything')}</Title>
            <Text size="sm" c="dimmed">
              {t('imports.export.everythingHint')}
            </Text>
          </div>
          <Button variant="default" loading={busy === 'everything'} disabled={busy !== null} onClick={() => void everything()}>
            {t('imports.export.everything')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
