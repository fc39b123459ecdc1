import { Checkbox, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldIssue } from '../../../../../shared/contract';
import type { ContactKind, CustomValue } from '../../../../../shared/contacts/contact.schema';
import type { CustomField } from '../../../../../shared/contacts/organising.schema';
import { issueAt } from './form-issues';
import { DateTextInput } from '../../../components/DateTextInput';

interface Props {
  fields: readonly CustomField[];
  kind: ContactKind;
  values: Record<string, CustomValue>;
  issues: readonly FieldIssue[];
  onChange: (id: string, value: CustomValue) => void;
}

/** One input per custom field defined in Settings, by its type; an emptied field is sent as null. */
export function CustomFieldInputs({ fields, kind, values, issues, onChange }: Props) {
  const shown = fields.filter((f) => !f.archived && (f.appliesTo === 'all' || f.appliesTo === kind));
  if (!shown.length) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {shown.map((f) => {
        const id = String(f.id);
        const value = values[id] ?? null;
        const error = issueAt(issues, 'custom', id);
        switch (f.type) {
          case 'number':
            return (
              <NumberInput
                key={id}
                label={f.label}
                value={typeof value === 'number' ? value : ''}
                error={error}
                onChange={(v) => onChange(id, typeof v === 'number' ? v : null)}
              />
            );
          case 'yesno':
            return (
              <Checkbox
                key={id}
                mt="lg"
                label={f.label}
                checked={value === true}
                error={error}
                onChange={(e) => onChange(id, e.currentTarget.checked)}
              />
            );
          case 'choice':
            return (
              <Select
                key={id}
                label={f.label}
                clearable
                data={[...new Set([...f.choices, ...(typeof value === 'string' && value ? [value] : [])])]}
                value={typeof value === 'string' && value ? value : null}
                error={error}
                onChange={(v) => onChange(id, v)}
              />
            );
          case 'date':
            return (
              <DateTextInput
                key={id}
                label={f.label}
                value={typeof value === 'string' ? value : ''}
                error={error}
                onChange={(v) => onChange(id, v === '' ? null : v)}
              />
            );
          default:
            return (
              <TextInput
                key={id}
                label={f.label}
                value={value === null ? '' : String(value)}
                error={error}
                onChange={(e) => onChange(id, e.currentTarget.value === '' ? null : e.currentTarget.value)}
              />
            );
        }
      })}
    </SimpleGrid>
  );
}
