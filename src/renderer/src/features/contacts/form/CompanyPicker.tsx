import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCall } from '../../../api/use-call';

interface Props {
  label: string;
  value: { id: number; name: string } | null;
  error?: string;
  onChange: (company: { id: number; name: string } | null) => void;
}

/** Picks a company by typing part of its name; the file is searched, not a preloaded list. */
export function CompanyPicker({ label, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const typed = value && query === value.name ? '' : query;
  const { data } = useCall('contacts.list', { search: typed, filters: { kind: 'company' }, limit: 20 }, `company:${typed}`);
  const options = (data?.rows ?? []).map((r) => ({ value: String(r.id), label: r.displayName }));
  if (value && !options.some((o) => o.value === String(value.id))) options.unshift({ value: String(value.id), label: value.name });
  return (
    <Select
      label={label}
      placeholder={t('contactPage.form.searchCompany')}
      searchable
      clearable
      data={options}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('contactPage.form.noCompany')}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={setSearch}
      error={error}
      style={{ flex: 2 }}
      onChange={(v, option) => onChange(v ? { id: Number(v), name: option?.label ?? '' } : null)}
    />
  );
}
