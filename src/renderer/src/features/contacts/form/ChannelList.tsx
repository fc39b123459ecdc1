import { useTranslation } from 'react-i18next';
import { ActionIcon, Button, Group, Radio, Select, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { FieldIssue } from '../../../../../shared/contract';
import { ChannelLabel, PhoneLabel } from '../../../../../shared/contacts/contact.schema';
import { issueAt } from './form-issues';
import type { ChannelRow } from './form-state';

interface Props<Label extends PhoneLabel> {
  listKey: 'phones' | 'emails';
  rows: ChannelRow<Label>[];
  issues: readonly FieldIssue[];
  onChange: (rows: ChannelRow<Label>[]) => void;
}

/**
 * Any number of phones or emails, each with a label and one marked primary. The first box is
 * named plainly "Phone"/"Email", the next ones "Phone 2", "Phone 3", as the service names them.
 */
export function ChannelList<Label extends PhoneLabel>({ listKey, rows, issues, onChange }: Props<Label>) {
  const { t } = useTranslation();
  const name = t(listKey === 'phones' ? 'fields.phone' : 'fields.email');
  // A phone may be a fax; an email not.
  const labels = (listKey === 'phones' ? PhoneLabel : ChannelLabel).options.map((value) => ({ value: value as string, label: t(`labels.${value}`) }));
  const update = (index: number, p: Partial<ChannelRow<Label>>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...p } : r)));
  const setPrimary = (index: number) => onChange(rows.map((r, i) => ({ ...r, primary: i === index })));
  return (
    <>
      {rows.map((row, index) => {
        const rowName = index === 0 ? name : `${name} ${index + 1}`;
        return (
          <Group key={index} align="flex-start" wrap="nowrap">
            <Select
              aria-label={`${name} ${index + 1} ${t('contactPage.fields.label')}`}
              data={labels}
              value={row.label}
              allowDeselect={false}
              w={130}
              mt={index === 0 ? 25 : 0}
              onChange={(v) => v && update(index, { label: v as Label })}
            />
            <TextInput
              style={{ flex: 1 }}
              type={listKey === 'phones' ? 'tel' : 'email'}
              label={index === 0 ? name : undefined}
              aria-label={index === 0 ? undefined : rowName}
              value={row.value}
              error={issueAt(issues, listKey, index)}
              onChange={(e) => update(index, { value: e.currentTarget.value })}
            />
            <Radio
              mt={index === 0 ? 33 : 8}
              label={t('contactPage.fields.primary')}
              aria-label={`${name} ${index + 1} ${t('contactPage.fields.primary')}`}
              checked={row.primary}
              onChange={() => setPrimary(index)}
            />
            <ActionIcon
              variant="subtle"
              mt={index === 0 ? 30 : 4}
              aria-label={`${t('common.remove')} ${name} ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() => onChange([...rows, { label: (listKey === 'phones' ? 'work' : 'home') as Label, value: '', primary: rows.length === 0 }])}
      >
        {t(listKey === 'phones' ? 'contacts.addPhone' : 'contacts.addEmail')}
      </Button>
    </>
  );
}
