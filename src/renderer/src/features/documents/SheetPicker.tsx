import { useMemo, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import type { LabelSheet } from '../../../../shared/documents/catalogue.types';
import { searchSheets } from '../../../../shared/documents/sheet-search';
import { SheetDrawing } from './SheetDrawing';
import { useMailingsTranslation } from './mailings-i18n';
import { useFormatLocale } from '../../i18n/formats';

export const sheetName = (s: LabelSheet) => `${s.brand} ${s.part}`.trim();

const mm = (n: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);

/**
 * Every label sheet of the catalogue and the office's own, searchable by brand, product number
 * (also the numbers it is sold as) or description, with a drawing of the chosen one.
 */
export function SheetPicker(props: {
  sheets: LabelSheet[];
  value: string | null;
  startAt: number;
  onChange: (id: string) => void;
  onNewCustom: () => void;
  onEditCustom: (sheet: LabelSheet) => void;
  onDeleteCustom: (sheet: LabelSheet) => void;
}) {
  const { t } = useMailingsTranslation();
  const [q, setQ] = useState('');
  const found = useMemo(() => searchSheets(props.sheets, q), [props.sheets, q]);
  const chosen = props.sheets.find((s) => s.id === props.value);
  const lang = useFormatLocale();
  return (
    <Stack gap="xs">
      <TextInput
        label={t('mailings.sheet.search')}
        placeholder={t('mailings.sheet.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('mailings.sheet.count', { count: found.length })}
        </Text>
        <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={props.onNewCustom}>
          {t('mailings.sheet.newCustom')}
        </Button>
      </Group>
      <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
        <Stack gap={2} role="listbox" aria-label={t('mailings.sheet.title')}>
          {found.length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {t('mailings.sheet.none', { q })}
            </Text>
          )}
          {found.map((s) => {
            const selected = s.id === props.value;
            return (
              <UnstyledButton
                key={s.id}
                role="option"
                aria-selected={selected}
                onClick={() => props.onChange(s.id)}
                px="xs"
                py={4}
                style={{ borderRadius: 4, background: selected ? 'var(--mantine-color-blue-light)' : undefined }}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={selected ? 600 : 500} truncate>
                    {sheetName(s)}
                    {s.custom && (
                      <Badge ml={6} size="xs" variant="light">
                        {t('mailings.sheet.custom')}
                      </Badge>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {s.paper.name} · {t('mailings.sheet.perSheet', { count: s.perSheet })}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" truncate>
                  {s.description}
                </Text>
              </UnstyledButton>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
      {chosen && (
        <Paper withBorder p="xs">
          <Group align="flex-start" wrap="nowrap">
            <SheetDrawing sheet={chosen} startAt={props.startAt} height={170} label={t('mailings.sheet.drawing', { name: sheetName(chosen) })} />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text fw={600} size="sm">
                {sheetName(chosen)}
              </Text>
              <Text size="xs">{chosen.description}</Text>
              <Text size="xs" c="dimmed">
                {chosen.paper.name} · {t('mailings.sheet.size', { w: mm(chosen.widthMm, lang), h: mm(chosen.heightMm, lang) })} ·{' '}
                {t('mailings.sheet.perSheet', { count: chosen.perSheet })}
              </Text>
              {!!chosen.sameAs?.length && (
                <Text size="xs" c="dimmed">
                  {t('mailings.sheet.sameAs', { list: chosen.sameAs.join(', ') })}
                </Text>
              )}
              {chosen.custom && (
                <Group gap={4}>
                  <ActionIcon variant="subtle" aria-label={t('mailings.sheet.editCustom')} onClick={() => props.onEditCustom(chosen)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('mailings.sheet.deleteCustom')} onClick={() => props.onDeleteCustom(chosen)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              )}
            </Stack>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
