import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { z } from 'zod';
import type { AddressContent } from '../../../../shared/contract/mailings.contract';
import { useCall } from '../../api/use-call';
import { useMailingsTranslation } from './mailings-i18n';

export type ContentInput = z.output<typeof AddressContent>;
type Line = ContentInput['extraLines'][number];

/** What the address block says (form of address, titles, company, extra lines) and how it is set. */
export function ContentOptions({ value, onChange, showCompany = true }: { value: ContentInput; onChange: (v: ContentInput) => void; showCompany?: boolean }) {
  const { t } = useMailingsTranslation();
  const fields = useCall('customFields.list', {}, 'custom-fields');
  const set = (patch: Partial<ContentInput>) => onChange({ ...value, ...patch });
  const setLine = (i: number, line: Line) => set({ extraLines: value.extraLines.map((l, j) => (j === i ? line : l)) });
  const firstField = fields.data?.[0];
  return (
    <Stack gap="xs">
      <Checkbox label={t('mailings.content.salutation')} checked={value.salutation} onChange={(e) => set({ salutation: e.currentTarget.checked })} />
      <Checkbox label={t('mailings.content.titles')} checked={value.title} onChange={(e) => set({ title: e.currentTarget.checked })} />
      {showCompany && <Checkbox label={t('mailings.content.company')} checked={value.company} onChange={(e) => set({ company: e.currentTarget.checked })} />}
      <Text size="sm" fw={500}>
        {t('mailings.content.extraLines')}
      </Text>
      {value.extraLines.map((line, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          {line.type === 'text' && (
            <TextInput
              style={{ flex: 1 }}
              label={t('mailings.content.text')}
              placeholder={t('mailings.content.textPlaceholder')}
              value={line.text}
              onChange={(e) => setLine(i, { type: 'text', text: e.currentTarget.value })}
            />
          )}
          {line.type === 'customerNumber' && (
            <TextInput
              style={{ flex: 1 }}
              label={`${t('mailings.content.customerNumber')} · ${t('mailings.content.prefix')}`}
              placeholder={t('mailings.content.prefixPlaceholder')}
              value={line.prefix}
              onChange={(e) => setLine(i, { type: 'customerNumber', prefix: e.currentTarget.value })}
            />
          )}
          {line.type === 'field' && (
            <>
              <Select
                style={{ flex: 1 }}
                label={t('mailings.content.field')}
                allowDeselect={false}
                data={(fields.data ?? []).map((f) => ({ value: String(f.id), label: f.label }))}
                value={String(line.fieldId)}
                onChange={(v) => v && setLine(i, { ...line, fieldId: Number(v) })}
              />
              <TextInput
                style={{ flex: 1 }}
                label={t('mailings.content.prefix')}
                placeholder={t('mailings.content.prefixPlaceholder')}
                value={line.prefix}
                onChange={(e) => setLine(i, { ...line, prefix: e.currentTarget.value })}
              />
            </>
          )}
          <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('mailings.content.removeLine')} onClick={() => set({ extraLines: value.extraLines.filter((_, j) => j !== i) })}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {value.extraLines.length < 4 && (
        <Group gap="xs">
          <Button size="compact-xs" variant="light" onClick={() => set({ extraLines: [...value.extraLines, { type: 'text', text: '' }] })}>
            {t('mailings.content.addText')}
          </Button>
          <Button size="compact-xs" variant="light" onClick={() => set({ extraLines: [...value.extraLines, { type: 'customerNumber', prefix: '' }] })}>
            {t('mailings.content.addCustomerNumber')}
          </Button>
          {firstField && (
            <Button size="compact-xs" variant="light" onClick={() => set({ extraLines: [...value.extraLines, { type: 'field', fieldId: firstField.id, prefix: '' }] })}>
              {t('mailings.content.addField')}
            </Button>
          )}
        </Group>
      )}
      <Group grow>
        <Select
          label={t('mailings.content.font')}
          allowDeselect={false}
          data={(['sans', 'serif'] as const).map((f) => ({ value: f, label: t(`mailings.content.fonts.${f}`) }))}
          value={value.font}
          onChange={(v) => set({ font: v === 'serif' ? 'serif' : 'sans' })}
        />
        <NumberInput label={t('mailings.content.size')} min={5} max={24} step={0.5} value={value.fontSizePt} onChange={(v) => set({ fontSizePt: Number(v) || 10 })} />
        <NumberInput label={t('mailings.content.minSize')} min={4} max={24} step={0.5} value={value.minFontSizePt} onChange={(v) => set({ minFontSizePt: Number(v) || 6.5 })} />
      </Group>
      <Checkbox label={t('mailings.content.bold')} checked={value.boldFirstLine} onChange={(e) => set({ boldFirstLine: e.currentTarget.checked })} />
    </Stack>
  );
}
