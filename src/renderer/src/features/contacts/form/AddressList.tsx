import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { ActionIcon, Button, Card, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { FieldIssue } from '../../../../../shared/contract';
import { ChannelLabel } from '../../../../../shared/contacts/contact.schema';
import { COUNTRY_CODES } from '../../../../../shared/geo/country-codes';
import { issueAt } from './form-issues';
import { emptyAddress, type AddressRow } from './form-state';

interface Props {
  rows: AddressRow[];
  issues: readonly FieldIssue[];
  defaultCountry: string;
  onChange: (rows: AddressRow[]) => void;
}

/** Structured postal addresses (street lines, city, region, postcode, country), one primary. */
export function AddressList({ rows, issues, defaultCountry, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return COUNTRY_CODES.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));
  }, [i18n.language]);
  const labels = ChannelLabel.options.map((value) => ({ value, label: t(`labels.${value}`) }));
  const update = (index: number, p: Partial<AddressRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...p } : r)));
  const n = (index: number) => (rows.length > 1 ? ` ${index + 1}` : '');
  const field = (index: number, key: 'city' | 'region' | 'postcode', label: string) => (
    <TextInput
      label={`${label}${n(index)}`}
      value={rows[index]![key]}
      error={issueAt(issues, 'addresses', index, key)}
      onChange={(e) => update(index, { [key]: e.currentTarget.value })}
    />
  );
  return (
    <>
      {rows.map((row, index) => (
        <Card key={index} withBorder p="sm" aria-label={`${t('contactPage.fields.address')} ${index + 1}`} component="fieldset">
          <Stack gap="xs">
            <Group justify="space-between">
              <Group>
                <Select
                  aria-label={`${t('contactPage.fields.address')} ${index + 1} ${t('contactPage.fields.label')}`}
                  data={labels}
                  value={row.label}
                  allowDeselect={false}
                  w={140}
                  onChange={(v) => v && update(index, { label: v as ChannelLabel })}
                />
                <Radio
                  label={t('contactPage.fields.primary')}
                  aria-label={`${t('contactPage.fields.address')} ${index + 1} ${t('contactPage.fields.primary')}`}
                  checked={row.primary}
                  onChange={() => onChange(rows.map((r, i) => ({ ...r, primary: i === index })))}
                />
              </Group>
              <ActionIcon
                variant="subtle"
                aria-label={`${t('common.remove')} ${t('contactPage.fields.address')} ${index + 1}`}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
            <Textarea
              label={`${t('contactPage.fields.street')}${n(index)}`}
              autosize
              minRows={2}
              value={row.street}
              error={issueAt(issues, 'addresses', index, 'street')}
              onChange={(e) => update(index, { street: e.currentTarget.value })}
            />
            <Group grow align="flex-start">
              {field(index, 'postcode', t('contactPage.fields.postcode'))}
              {field(index, 'city', t('contactPage.fields.city'))}
              {field(index, 'region', t('contactPage.fields.region'))}
            </Group>
            <Select
              label={`${t('contactPage.fields.country')}${n(index)}`}
              searchable
              data={countries}
              value={row.country}
              allowDeselect={false}
              error={issueAt(issues, 'addresses', index, 'country')}
              onChange={(v) => v && update(index, { country: v })}
            />
          </Stack>
        </Card>
      ))}
      <Button
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() => onChange([...rows, emptyAddress(defaultCountry, rows.length === 0)])}
      >
        {t('contactPage.actions.addAddress')}
      </Button>
    </>
  );
}
