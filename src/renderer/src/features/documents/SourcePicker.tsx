import { SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { RunSourceInput } from '../../../../shared/contract/mailings.contract';
import { useCall } from '../../api/use-call';
import { useMailingsTranslation } from './mailings-i18n';

type Kind = RunSourceInput['type'];

/**
 * Who the run is for: a group, the contact list (everyone, a search, or a saved view's
 * filters), the contacts ticked in the list, or one contact.
 */
export function SourcePicker({ value, onChange, initial }: { value: RunSourceInput | undefined; onChange: (s: RunSourceInput | undefined) => void; initial?: RunSourceInput }) {
  const { t } = useMailingsTranslation();
  const groups = useCall('groups.list', {}, 'groups');
  const views = useCall('views.list', {}, 'views');
  const kind: Kind = value?.type ?? 'group';
  const kinds: { value: Kind; label: string }[] = [
    { value: 'group', label: t('mailings.source.group') },
    { value: 'query', label: t('mailings.source.query') },
  ];
  if (initial?.type === 'selection') kinds.push({ value: 'selection', label: t('mailings.source.selection') });
  if (initial?.type === 'contact') kinds.push({ value: 'contact', label: t('mailings.source.contact') });
  const switchTo = (k: Kind) => {
    if (k === 'query') onChange({ type: 'query', query: {} });
    else if (k === initial?.type) onChange(initial);
    else onChange(undefined);
  };
  const query = value?.type === 'query' ? value.query : {};
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm" id="source-type">
        {t('mailings.source.type')}
      </Text>
      <SegmentedControl aria-labelledby="source-type" data={kinds} value={kind} onChange={(k) => switchTo(k as Kind)} fullWidth />
      {kind === 'group' && (
        <Select
          label={t('mailings.source.chooseGroup')}
          placeholder={t('mailings.source.groupPlaceholder')}
          data={(groups.data ?? []).map((g) => ({ value: String(g.id), label: `${g.name} (${g.count})` }))}
          value={value?.type === 'group' ? String(value.groupId) : null}
          onChange={(v) => onChange(v ? { type: 'group', groupId: Number(v) } : undefined)}
          searchable
        />
      )}
      {kind === 'query' && (
        <>
          <Select
            label={t('mailings.source.view')}
            placeholder={t('mailings.source.noView')}
            clearable
            data={(views.data ?? []).map((v) => ({ value: String(v.id), label: v.name }))}
            onChange={(id) => {
              const view = views.data?.find((v) => String(v.id) === id);
              onChange({ type: 'query', query: view ? { search: view.state.search, filters: view.state.filters, sort: view.state.sort, direction: view.state.direction } : {} });
            }}
          />
          <TextInput
            label={t('mailings.source.search')}
            placeholder={t('mailings.source.searchPlaceholder')}
            value={query.search ?? ''}
            onChange={(e) => onChange({ type: 'query', query: { ...query, search: e.currentTarget.value } })}
          />
        </>
      )}
      {kind === 'selection' && value?.type === 'selection' && <Text size="sm">{t('mailings.source.selectionCount', { count: value.ids.length })}</Text>}
    </Stack>
  );
}
