import { ActionIcon, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { CustomFilter } from '../../../../../shared/contacts/contact.schema';
import type { CustomField, CustomFieldType } from '../../../../../shared/contacts/organising.schema';
import { useListTranslation } from './list-strings';

type Op = CustomFilter['op'];

/** The conditions that make sense for each kind of field. */
const OPS: Record<CustomFieldType, Op[]> = {
  text: ['contains', 'eq', 'set', 'unset'],
  number: ['eq', 'gte', 'lte', 'set', 'unset'],
  date: ['gte', 'lte', 'eq', 'set', 'unset'],
  yesno: ['eq', 'unset'],
  choice: ['eq', 'set', 'unset'],
};

const needsValue = (op: Op) => op !== 'set' && op !== 'unset';

/** Conditions on custom fields ("Membership is Gold", "Visits at least 3"), shown like built-in filters. */
export function CustomFilters({
  value,
  fields,
  onChange,
}: {
  value: CustomFilter[];
  fields: CustomField[];
  onChange(next: CustomFilter[]): void;
}) {
  const { t } = useListTranslation();
  const live = fields.filter((f) => !f.archived);
  if (live.length === 0) return null;
  const byId = new Map(live.map((f) => [f.id, f]));
  const replace = (i: number, next: CustomFilter) => onChange(value.map((c, j) => (j === i ? next : c)));
  const add = () => {
    const field = live[0]!;
    onChange([...value, { fieldId: field.id, op: OPS[field.type][0]!, value: field.type === 'yesno' ? true : undefined }]);
  };
  return (
    <Stack gap="xs">
      {value.map((cond, i) => {
        const field = byId.get(cond.fieldId);
        const type = field?.type ?? 'text';
        return (
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
            <Select
              label={t('contactsList.filters.custom')}
              data={live.map((f) => ({ value: String(f.id), label: f.label }))}
              value={String(cond.fieldId)}
              allowDeselect={false}
              onChange={(id) => {
                const next = id ? byId.get(Number(id)) : undefined;
                if (next) replace(i, { fieldId: next.id, op: OPS[next.type][0]!, value: next.type === 'yesno' ? true : undefined });
              }}
              w={200}
            />
            <Select
              label={t('contactsList.filters.op')}
              data={OPS[type].map((op) => ({ value: op, label: t(`contactsList.filters.ops.${op}`) }))}
              value={cond.op}
              allowDeselect={false}
              onChange={(op) => op && replace(i, { ...cond, op: op as Op, value: needsValue(op as Op) ? cond.value : undefined })}
              w={170}
            />
            {needsValue(cond.op) && (
              <ValueInput field={field} value={cond.value} onChange={(v) => replace(i, { ...cond, value: v })} />
            )}
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('contactsList.filters.removeCustom')}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              mb={4}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('contactsList.filters.addCustom')}
        </Button>
      </Group>
    </Stack>
  );
}

function ValueInput({
  field,
  value,
  onChange,
}: {
  field: CustomField | undefined;
  value: CustomFilter['value'];
  onChange(next: CustomFilter['value']): void;
}) {
  const { t } = useListTranslation();
  const label = t('contactsList.filters.value');
  switch (field?.type) {
    case 'number':
      return (
        <NumberInput
          label={label}
          value={typeof value === 'number' ? value : ''}
          onChange={(n) => onChange(typeof n === 'number' ? n : undefined)}
          w={140}
        />
      );
    case 'yesno':
      return (
        <Select
          label={label}
          data={[
            { value: 'true', label: t('contactsList.yes') },
            { value: 'false', label: t('contactsList.no') },
          ]}
          value={value === false ? 'false' : 'true'}
          allowDeselect={false}
          onChange={(v) => onChange(v !== 'false')}
          w={120}
        />
      );
    case 'choice':
      return (
        <Select
          label={label}
          data={field.choices}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v ?? undefined)}
          w={180}
        />
      );
    case 'date':
      return (
        <TextInput
          type="date"
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
          w={170}
        />
      );
    default:
      return (
        <TextInput label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} w={200} />
      );
  }
}
