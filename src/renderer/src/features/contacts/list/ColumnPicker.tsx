import { Button, Checkbox, Divider, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { CustomField } from '../../../../../shared/contacts/organising.schema';
import { BUILT_IN_COLUMNS, DEFAULT_COLUMNS } from './list-columns';
import { useListTranslation } from './list-strings';

/**
 * Which columns the list shows, built-in fields and custom fields alike. Ticking a column adds it at
 * the end; the name column always stays (every row needs a way to open it).
 */
export function ColumnPicker({
  columns,
  fields,
  onChange,
}: {
  columns: readonly string[];
  fields: CustomField[];
  onChange(next: string[]): void;
}) {
  const { t } = useListTranslation();
  const chosen = columns.length ? columns : DEFAULT_COLUMNS;
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...chosen.filter((k) => k !== key), key] : chosen.filter((k) => k !== key));
  const box = (key: string, label: string) => (
    <Checkbox
      key={key}
      label={label}
      checked={key === 'name' || chosen.includes(key)}
      disabled={key === 'name'}
      onChange={(e) => toggle(key, e.currentTarget.checked)}
    />
  );
  const live = fields.filter((f) => !f.archived);
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          {t('contactsList.columns.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack gap={6} pr="sm">
            <Text size="xs" fw={600} c="dimmed">
              {t('contactsList.columns.builtIn')}
            </Text>
            {BUILT_IN_COLUMNS.map((key) => box(key, t(`contactsList.columns.${key}`)))}
            {live.length > 0 && (
              <>
                <Divider my={4} />
                <Text size="xs" fw={600} c="dimmed">
                  {t('contactsList.columns.custom')}
                </Text>
                {live.map((f) => box(`custom:${f.id}`, f.label))}
              </>
            )}
            <Divider my={4} />
            <Button variant="subtle" size="compact-sm" onClick={() => onChange([...DEFAULT_COLUMNS])}>
              {t('contactsList.columns.reset')}
            </Button>
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
