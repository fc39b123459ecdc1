import { useMemo } from 'react';
import { Button, Checkbox, Group, MultiSelect, Paper, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import type { ContactFilters } from '../../../../../shared/contacts/contact.schema';
import { Lifecycle, Tier } from '../../../../../shared/contacts/contact-traits';
import { COUNTRY_CODES } from '../../../../../shared/geo/country-codes';
import type { ContactFacets } from '../../../../../shared/contacts/facets.schema';
import { CustomFilters } from './CustomFilters';
import { activeFilterCount } from './list-state';
import { useListTranslation } from './list-strings';
import type { ListOptions } from './use-list-options';
import { useFormatLocale } from '../../../i18n/formats';

/** The option value standing for "none" (no tier, no stage, no owner). */
const NONE = 'none';
const NO_CONTACT_DAYS = 90;

const toKeys = (values: readonly (string | number | null)[] | undefined): string[] =>
  (values ?? []).map((v) => (v === null ? NONE : String(v)));

const fromKeys = <T,>(keys: string[], parse: (key: string) => T): (T | null)[] | undefined =>
  keys.length ? keys.map((k) => (k === NONE ? null : parse(k))) : undefined;

export interface FilterPanelProps {
  filters: ContactFilters;
  onChange(filters: ContactFilters): void;
  onClear(): void;
  options: ListOptions;
  facets: ContactFacets | undefined;
}

/**
 * Every filter of the list at once; they combine (all must hold), and choices within one filter
 * mean "any of". Counts beside the options say how many of the current matches each would keep.
 */
export function FilterPanel({ filters, onChange, onClear, options, facets }: FilterPanelProps) {
  const { t, i18n } = useListTranslation();
  const formats = useFormatLocale();
  const numbers = useMemo(() => new Intl.NumberFormat(formats), [formats]);
  const set = (patch: Partial<ContactFilters>) => onChange({ ...filters, ...patch });

  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('contactsList.filters.withCount', { label, n: numbers.format(count) });
  const keyCount = (list: { key: string | null; count: number }[] | undefined, key: string | null) =>
    list ? (list.find((c) => c.key === key)?.count ?? 0) : undefined;
  const idCount = (list: { id: number | null; count: number }[] | undefined, id: number | null) =>
    list ? (list.find((c) => c.id === id)?.count ?? 0) : undefined;

  const tierData = [...Tier.options, null].map((tier) => ({
    value: tier ?? NONE,
    label: withCount(t(`contactsList.tier.${tier ?? NONE}`), keyCount(facets?.tiers, tier)),
  }));
  const lifecycleData = [...Lifecycle.options, null].map((stage) => ({
    value: stage ?? NONE,
    label: withCount(t(`contactsList.lifecycle.${stage ?? NONE}`), keyCount(facets?.lifecycles, stage)),
  }));
  const tagData = options.tags.map((tag) => ({ value: String(tag.id), label: withCount(tag.name, idCount(facets?.tags, tag.id)) }));
  const groupData = options.groups.map((g) => ({ value: String(g.id), label: withCount(g.name, idCount(facets?.groups, g.id)) }));
  const ownerData = [
    ...options.staff.map((s) => ({ value: String(s.id), label: withCount(s.name, idCount(facets?.owners, s.id)) })),
    { value: NONE, label: withCount(t('contactsList.filters.noOwner'), idCount(facets?.owners, null)) },
  ];
  const countryData = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region', fallback: 'code' });
    return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      a.label.localeCompare(b.label, i18n.language),
    );
  }, [i18n.language]);

  return (
    <Paper withBorder p="sm" mb="sm">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <MultiSelect
            label={t('contactsList.filters.tier')}
            data={tierData}
            value={toKeys(filters.tiers)}
            onChange={(keys) => set({ tiers: fromKeys(keys, (k) => Tier.parse(k)) })}
            searchable
            clearable
          />
          <MultiSelect
            label={t('contactsList.filters.lifecycle')}
            data={lifecycleData}
            value={toKeys(filters.lifecycles)}
            onChange={(keys) => set({ lifecycles: fromKeys(keys, (k) => Lifecycle.parse(k)) })}
            searchable
            clearable
          />
          <MultiSelect
            label={t('contactsList.filters.tag')}
            data={tagData}
            value={toKeys(filters.tagIds)}
            onChange={(keys) => set({ tagIds: keys.length ? keys.map(Number) : undefined })}
            searchable
            clearable
          />
          <MultiSelect
            label={t('contactsList.filters.group')}
            data={groupData}
            value={toKeys(filters.groupIds)}
            onChange={(keys) => set({ groupIds: keys.length ? keys.map(Number) : undefined })}
            searchable
            clearable
          />
          <MultiSelect
            label={t('contactsList.filters.owner')}
            data={ownerData}
            value={toKeys(filters.ownerIds)}
            onChange={(keys) => set({ ownerIds: fromKeys(keys, Number) })}
            searchable
            clearable
          />
          <TagsInput
            label={t('contactsList.filters.city')}
            placeholder={t('contactsList.filters.cityHint')}
            value={filters.cities ?? []}
            onChange={(cities) => set({ cities: cities.length ? cities : undefined })}
            clearable
          />
          <MultiSelect
            label={t('contactsList.filters.country')}
            data={countryData}
            value={filters.countries ?? []}
            onChange={(codes) => set({ countries: codes.length ? codes : undefined })}
            searchable
            clearable
            limit={50}
          />
        </SimpleGrid>
        <Group gap="lg">
          <Checkbox
            label={t('contactsList.filters.noContact90')}
            checked={filters.noContactDays === NO_CONTACT_DAYS}
            onChange={(e) => set({ noContactDays: e.currentTarget.checked ? NO_CONTACT_DAYS : undefined })}
          />
          <Checkbox
            label={t('contactsList.filters.tagModeAll')}
            checked={filters.tagMode === 'all'}
            disabled={!filters.tagIds?.length}
            onChange={(e) => set({ tagMode: e.currentTarget.checked ? 'all' : 'any' })}
          />
          <Checkbox
            label={t('contactsList.filters.doNotContact')}
            checked={filters.doNotContact === true}
            onChange={(e) => set({ doNotContact: e.currentTarget.checked ? true : undefined })}
          />
        </Group>
        <CustomFilters value={filters.custom ?? []} fields={options.fields} onChange={(custom) => set({ custom: custom.length ? custom : undefined })} />
        {activeFilterCount(filters) > 0 && (
          <Group justify="flex-end">
            <Button variant="subtle" color="gray" size="compact-sm" onClick={onClear}>
              {t('contactsList.filters.clear')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
