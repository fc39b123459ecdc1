import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { PAPERS, type LabelSheet } from '../../../../shared/documents/catalogue.types';
import { validateSheet } from '../../../../shared/documents/sheet-validation';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../components/notify';
import { SheetDrawing } from './SheetDrawing';
import { useMailingsTranslation } from './mailings-i18n';

interface Form {
  name: string;
  paper: 'A4' | 'Letter' | 'custom';
  paperW: number;
  paperH: number;
  nx: number;
  ny: number;
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  w: number;
  h: number;
  r: number;
}

const BLANK: Form = { name: '', paper: 'A4', paperW: 210, paperH: 297, nx: 3, ny: 8, x0: 7, y0: 15, dx: 66, dy: 34, w: 63.5, h: 33.9, r: 2 };

function fromSheet(s: LabelSheet): Form {
  const l = s.layouts[0]!;
  const paper = s.paper.name === 'A4' || s.paper.name === 'Letter' ? s.paper.name : 'custom';
  return { name: s.part, paper, paperW: s.paper.widthMm, paperH: s.paper.heightMm, nx: l.nx, ny: l.ny, x0: l.x0, y0: l.y0, dx: l.dx, dy: l.dy, w: s.widthMm, h: s.heightMm, r: s.cornerRadiusMm };
}

function draftOf(f: Form) {
  const paper = f.paper === 'custom' ? { name: `${f.paperW} × ${f.paperH} mm`, widthMm: f.paperW, heightMm: f.paperH } : PAPERS[f.paper];
  return { name: f.name, paper, widthMm: f.w, heightMm: f.h, cornerRadiusMm: f.r, layout: { nx: f.nx, ny: f.ny, x0: f.x0, y0: f.y0, dx: f.dx, dy: f.dy } };
}

/**
 * Defines or edits an own label sheet: paper, grid, margins, pitch and label size, with a live
 * drawing and the problems named as they arise (labels off the paper, labels overlapping).
 */
export function CustomSheetEditor({ sheet, onClose, onSaved }: { sheet: LabelSheet | null; onClose: () => void; onSaved: (s: LabelSheet) => void }) {
  const { t } = useMailingsTranslation();
  const [f, setF] = useState<Form>(() => (sheet ? fromSheet(sheet) : BLANK));
  const [saving, setSaving] = useState(false);
  const draft = draftOf(f);
  const issues = validateSheet({ paper: draft.paper, widthMm: f.w, heightMm: f.h, layouts: [draft.layout] });
  const num = (key: keyof Form, label: string, opts: { min?: number; max?: number; step?: number; decimals?: number } = {}) => (
    <NumberInput
      label={label}
      value={f[key] as number}
      min={opts.min ?? 0}
      max={opts.max ?? 1000}
      step={opts.step ?? 0.1}
      decimalScale={opts.decimals ?? 2}
      onChange={(v) => setF((p) => ({ ...p, [key]: typeof v === 'number' ? v : Number(v) || 0 }))}
    />
  );
  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('mailings.sheets.save', { id: sheet?.id, draft });
      notifySuccess(t('mailings.custom.saved', { name: saved.part }));
      onSaved(saved);
    } catch (err) {
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('mailings.custom.title')} size="xl">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap="xs" style={{ flex: 1 }}>
          <TextInput label={t('mailings.custom.name')} value={f.name} onChange={(e) => setF({ ...f, name: e.currentTarget.value })} required />
          <Select
            label={t('mailings.custom.paper')}
            value={f.paper}
            allowDeselect={false}
            data={[
              { value: 'A4', label: 'A4 (210 × 297 mm)' },
              { value: 'Letter', label: 'Letter (215.9 × 279.4 mm)' },
              { value: 'custom', label: t('mailings.custom.customPaper') },
            ]}
            onChange={(v) => setF({ ...f, paper: (v as Form['paper']) ?? 'A4' })}
          />
          {f.paper === 'custom' && (
            <SimpleGrid cols={2}>
              {num('paperW', t('mailings.custom.paperWidth'), { min: 20 })}
              {num('paperH', t('mailings.custom.paperHeight'), { min: 20 })}
            </SimpleGrid>
          )}
          <SimpleGrid cols={2}>
            {num('nx', t('mailings.custom.columns'), { min: 1, max: 50, step: 1, decimals: 0 })}
            {num('ny', t('mailings.custom.rows'), { min: 1, max: 100, step: 1, decimals: 0 })}
            {num('x0', t('mailings.custom.marginLeft'))}
            {num('y0', t('mailings.custom.marginTop'))}
            {num('dx', t('mailings.custom.pitchX'))}
            {num('dy', t('mailings.custom.pitchY'))}
            {num('w', t('mailings.custom.labelWidth'), { min: 1 })}
            {num('h', t('mailings.custom.labelHeight'), { min: 1 })}
            {num('r', t('mailings.custom.corner'), { max: 50 })}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('mailings.custom.pitchHint')}
          </Text>
        </Stack>
        <Stack gap="xs" style={{ width: 300 }}>
          <SheetDrawing sheet={{ ...draft, cornerRadiusMm: f.r, layouts: [draft.layout] }} height={380} label={t('mailings.sheet.drawing', { name: f.name })} />
          {issues.length === 0 ? (
            <Alert color="teal" variant="light">
              {t('mailings.custom.ok')}
            </Alert>
          ) : (
            <Alert color="red" variant="light" role="alert">
              <Stack gap={2}>
                {issues.map((i) => (
                  <Text size="sm" key={i.key}>
                    {t(`documents.sheetIssues.${i.key}`, i.params)}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
        </Stack>
      </Group>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={saving} disabled={issues.length > 0 || !f.name.trim()}>
          {t('common.save')}
        </Button>
      </Group>
    </Modal>
  );
}
