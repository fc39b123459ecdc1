import { useState } from 'react';
import { Checkbox, Grid, Group, NumberInput, Stack } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { LabelSheet } from '../../../../shared/documents/catalogue.types';
import type { RunRequestInput, RunSourceInput } from '../../../../shared/contract/mailings.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { notifyError } from '../../components/notify';
import { ContentOptions } from './ContentOptions';
import { CustomSheetEditor } from './CustomSheetEditor';
import { OutputBar } from './OutputBar';
import { PreviewPane } from './PreviewPane';
import { RunOptions } from './RunOptions';
import { Section } from './Section';
import { SheetPicker, sheetName } from './SheetPicker';
import { SourcePicker } from './SourcePicker';
import { useMailingsTranslation } from './mailings-i18n';
import { useRunState } from './use-run-state';

/**
 * Mailing labels: whom, on which sheet (searchable catalogue or an own sheet), what each label
 * says, run options, a page-by-page preview, then Print or Save as PDF.
 */
export function LabelsPanel({ initialSource, onPrinted }: { initialSource?: RunSourceInput; onPrinted: () => void }) {
  const { t } = useMailingsTranslation();
  const catalogue = useCall('mailings.catalogue', {}, 'catalogue');
  const run = useRunState(initialSource);
  const [sheetId, setSheetId] = useState<string | null>(null);
  const [startAt, setStartAt] = useState(1);
  const [returnLabels, setReturnLabels] = useState(false);
  const [returnCount, setReturnCount] = useState<number | ''>('');
  const [editing, setEditing] = useState<LabelSheet | 'new' | null>(null);
  const sheets = catalogue.data?.sheets ?? [];
  const sheet = sheets.find((s) => s.id === sheetId);

  const deleteSheet = (s: LabelSheet) =>
    modals.openConfirmModal({
      title: t('mailings.sheet.deleteCustom'),
      children: sheetName(s),
      labels: { confirm: t('mailings.sheet.deleteCustom'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        call('mailings.sheets.delete', { id: s.id }).then(() => {
          setSheetId(null);
          catalogue.reload();
        }, notifyError);
      },
    });

  const request: RunRequestInput | null = !sheetId
    ? null
    : returnLabels
      ? { name: run.meta.name, document: { kind: 'returnLabels', sheetId, startAt, count: returnCount === '' ? undefined : returnCount }, content: run.content, printer: run.meta.printer }
      : run.source
        ? { name: run.meta.name, source: run.source, document: { kind: 'labels', sheetId, startAt }, content: run.content, choices: run.choices, printer: run.meta.printer }
        : null;

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Section title={t('mailings.source.title')}>
            <Stack gap="xs">
              <Checkbox
                label={t('mailings.run.returnLabels')}
                description={t('mailings.run.returnLabelsHint')}
                checked={returnLabels}
                onChange={(e) => setReturnLabels(e.currentTarget.checked)}
              />
              {returnLabels ? (
                <NumberInput
                  label={t('mailings.run.returnCount')}
                  description={t('mailings.run.returnCountHint')}
                  min={1}
                  value={returnCount}
                  onChange={(v) => setReturnCount(typeof v === 'number' ? v : '')}
                />
              ) : (
                <SourcePicker value={run.source} onChange={run.setSource} initial={initialSource} />
              )}
            </Stack>
          </Section>
          <Section title={t('mailings.sheet.title')}>
            <SheetPicker
              sheets={sheets}
              value={sheetId}
              startAt={startAt}
              onChange={setSheetId}
              onNewCustom={() => setEditing('new')}
              onEditCustom={(s) => setEditing(s)}
              onDeleteCustom={deleteSheet}
            />
            <NumberInput
              mt="xs"
              label={t('mailings.run.startAt')}
              description={t('mailings.run.startAtHint')}
              min={1}
              max={sheet?.perSheet ?? 1000}
              value={startAt}
              onChange={(v) => setStartAt(Math.max(1, Number(v) || 1))}
            />
          </Section>
          <Section title={t('mailings.content.title')}>
            <ContentOptions value={run.content} onChange={run.setContent} />
          </Section>
          <Section title={t('mailings.run.title')}>
            <RunOptions meta={run.meta} onMeta={run.setMeta} choices={run.choices} onChoices={run.setChoices} />
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm" style={{ position: 'sticky', top: 0 }}>
          <Group justify="flex-end">
            <OutputBar
              command={request ? { ...request, staffId: run.meta.staffId } : null}
              title={run.meta.name || (sheet ? sheetName(sheet) : 'labels')}
              onDone={onPrinted}
            />
          </Group>
          <PreviewPane request={request} />
        </Stack>
      </Grid.Col>
      {editing && (
        <CustomSheetEditor
          sheet={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(s) => {
            setEditing(null);
            catalogue.reload();
            setSheetId(s.id);
          }}
        />
      )}
    </Grid>
  );
}
