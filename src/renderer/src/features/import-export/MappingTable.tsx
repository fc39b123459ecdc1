import { Checkbox, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { NEW_FIELD_TARGET, NewFieldType, type ImportSession, type MappingInput } from '../../../../shared/contract/imports.contract';
import { useImportsTranslation } from './strings';
import { isPlainPhoneHeader } from '../../../../shared/import-export/presets';

const IGNORE = '';

/** The first non-empty value of a column in the sample rows. */
const example = (session: ImportSession, index: number) => session.sample.map((r) => r[index] ?? '').find((v) => v.trim()) ?? '';

/**
 * One line per column of the file: its header, an example value and where it goes. Any target
 * can be changed; address parts with the same label join into one address.
 */
export function MappingTable({ session, mapping, onChange }: { session: ImportSession; mapping: MappingInput; onChange: (m: MappingInput) => void }) {
  const { t } = useImportsTranslation();
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const o of session.targets) groups.set(o.group, [...(groups.get(o.group) ?? []), { value: o.value, label: o.label }]);
  const data = [{ value: IGNORE, label: t('importExport.fields.ignore') }, ...[...groups].map(([group, items]) => ({ group, items }))];
  // A contacts column can also go into a custom field the import makes, named after its header.
  const customGroup = t('imports.targetGroups.custom');
  const dataFor = (header: string) => {
    if (session.kind !== 'contacts' || !header.trim()) return data;
    const made = { value: NEW_FIELD_TARGET, label: t('imports.newField', { name: header.trim() }) };
    const custom = groups.get(customGroup) ?? [];
    return [...data.filter((d) => !('group' in d) || d.group !== customGroup), { group: customGroup, items: [...custom, made] }];
  };
  // A new field starts with the type the file's values suggest (nearly all dates, numbers or yes/no words).
  const setTarget = (index: number, target: string | null) =>
    onChange({
      ...mapping,
      columns: mapping.columns.map((c) => {
        if (c.index !== index) return c;
        const { fieldType: _, ...rest } = c;
        const suggested = session.fieldTypes[String(index)];
        return target === NEW_FIELD_TARGET && suggested ? { ...rest, target, fieldType: suggested } : { ...rest, target: target || null };
      }),
    });
  const setFieldType = (index: number, fieldType: NewFieldType) =>
    onChange({ ...mapping, columns: mapping.columns.map((c) => (c.index === index ? { ...c, fieldType } : c)) });
  const types = NewFieldType.options.map((v) => ({ value: v, label: t(`contacts.customFieldTypes.${v}`) }));
  const hasFullName = mapping.columns.some((c) => c.target === 'fullName');
  // Google's and Outlook's "E-mail 1 - Label" columns: not imported themselves, read as the
  // label (home, work…) of the value column next to them.
  const header = new Map(mapping.columns.map((c) => [c.index, c.header]));
  const labelled = new Map<number, string>();
  for (const c of mapping.columns) if (c.target && c.labelColumn !== undefined && !labelled.has(c.labelColumn)) labelled.set(c.labelColumn, c.header);
  const note = (c: MappingInput['columns'][number]) => {
    if (c.target === NEW_FIELD_TARGET) return t('imports.newFieldNote');
    if (c.target === 'owner') return t('imports.ownerNote');
    if (c.target === 'sale.unitPrice') return t('imports.unitPriceNote');
    // As the import stores them: each number by its own line where the column's name is all that labels it (lineLabel).
    if (c.target === 'phone.mobile' && c.labelColumn === undefined) return t('imports.landlinesByLine');
    if (c.target === 'phone.work' && c.labelColumn === undefined && isPlainPhoneHeader(c.header)) return t('imports.mobilesByLine');
    if (c.target && c.labelColumn !== undefined) return t('imports.labelFrom', { column: header.get(c.labelColumn) ?? '' });
    const of = labelled.get(c.index);
    return !c.target && of !== undefined ? t('imports.labelFor', { column: of }) : undefined;
  };
  return (
    <>
      {session.kind === 'contacts' && hasFullName && (
        <Checkbox
          mb="sm"
          label={t('imports.splitFullName')}
          checked={mapping.splitFullName}
          onChange={(e) => onChange({ ...mapping, splitFullName: e.currentTarget.checked })}
        />
      )}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.column')}</Table.Th>
            <Table.Th>{t('imports.example')}</Table.Th>
            <Table.Th w={320}>{t('imports.importAs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mapping.columns.map((c) => (
            <Table.Tr key={c.index}>
              <Table.Td>{c.header}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1} maw={320}>
                  {example(session, c.index)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <Select
                    aria-label={t('imports.importAs') + ': ' + c.header}
                    data={dataFor(c.header)}
                    value={c.target ?? IGNORE}
                    searchable
                    allowDeselect={false}
                    maxDropdownHeight={320}
                    description={note(c)}
                    inputWrapperOrder={['input', 'description']}
                    onChange={(v) => setTarget(c.index, v)}
                  />
                  {c.target === NEW_FIELD_TARGET && (
                    <SegmentedControl
                      size="xs"
                      fullWidth
                      aria-label={t('imports.newFieldType', { name: c.header.trim() })}
                      data={types}
                      value={c.fieldType ?? 'text'}
                      onChange={(v) => setFieldType(c.index, NewFieldType.parse(v))}
                    />
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
