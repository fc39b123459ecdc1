import { useTranslation } from 'react-i18next';
import { Checkbox, Group, MultiSelect, Select, SimpleGrid, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { FieldIssue } from '../../../../../shared/contract';
import { Lifecycle, RelationshipStyle, Tier } from '../../../../../shared/contacts/contact-traits';
import { useCall } from '../../../api/use-call';
import { issueAt } from './form-issues';
import { DateTextInput } from '../../../components/DateTextInput';
import type { FormState } from './form-state';

interface Props {
  form: FormState;
  issues: readonly FieldIssue[];
  patch: (p: Partial<FormState>) => void;
}

const CHANNELS = ['phone', 'email', 'letter', 'marketing'] as const;

/** Dates, tier, stage, source, owner, tags, groups, contact preferences and relationship style. */
export function ProfileFields({ form, issues, patch }: Props) {
  const { t } = useTranslation();
  const { data: staff } = useCall('staff.list', {}, 'staff');
  const { data: tags } = useCall('tags.list', {}, 'tags');
  const { data: groups } = useCall('groups.list', {}, 'groups');
  const staffOptions = (staff ?? [])
    .filter((s) => s.active || s.id === form.ownerId)
    .map((s) => ({ value: String(s.id), label: s.name }));
  const date = (key: 'birthday' | 'anniversary') => (
    <DateTextInput label={t(`contactPage.fields.${key}`)} value={form[key]} error={issueAt(issues, key)} onChange={(value) => patch({ [key]: value })} />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {date('birthday')}
        {date('anniversary')}
        <TextInput
          label={t('contactPage.fields.source')}
          value={form.source}
          error={issueAt(issues, 'source')}
          onChange={(e) => patch({ source: e.currentTarget.value })}
        />
        <Select
          label={t('contactPage.fields.tier')}
          clearable
          data={Tier.options.map((v) => ({ value: v, label: t(`contacts.tiers.${v}`) }))}
          value={form.tier}
          error={issueAt(issues, 'tier')}
          onChange={(v) => patch({ tier: (v as Tier | null) ?? null })}
        />
        <Select
          label={t('contactPage.fields.lifecycle')}
          clearable
          data={Lifecycle.options.map((v) => ({ value: v, label: t(`contacts.lifecycles.${v}`) }))}
          value={form.lifecycle}
          error={issueAt(issues, 'lifecycle')}
          onChange={(v) => patch({ lifecycle: (v as Lifecycle | null) ?? null })}
        />
        <Select
          label={t('contactPage.fields.owner')}
          clearable
          searchable
          data={staffOptions}
          value={form.ownerId ? String(form.ownerId) : null}
          error={issueAt(issues, 'ownerId')}
          onChange={(v) => patch({ ownerId: v ? Number(v) : null })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('contactPage.fields.tags')}
          searchable
          data={(tags ?? []).map((x) => ({ value: String(x.id), label: x.name }))}
          value={form.tagIds.map(String)}
          error={issueAt(issues, 'tagIds')}
          onChange={(v) => patch({ tagIds: v.map(Number) })}
        />
        <MultiSelect
          label={t('contactPage.fields.groups')}
          searchable
          data={(groups ?? []).map((x) => ({ value: String(x.id), label: x.name }))}
          value={form.groupIds.map(String)}
          error={issueAt(issues, 'groupIds')}
          onChange={(v) => patch({ groupIds: v.map(Number) })}
        />
      </SimpleGrid>
      <div role="group" aria-labelledby="comm-prefs-label">
        <Text id="comm-prefs-label" size="sm" fw={500}>
          {t('contactPage.sections.preferences')}
        </Text>
        <Group mt={6}>
          {CHANNELS.map((ch) => (
            <Checkbox
              key={ch}
              label={t(`contacts.comm.${ch}`)}
              checked={form.comm[ch]}
              onChange={(e) => patch({ comm: { ...form.comm, [ch]: e.currentTarget.checked } })}
            />
          ))}
        </Group>
      </div>
      <Switch
        color="red"
        label={t('contacts.comm.doNotContact')}
        description={t('contactPage.comm.doNotContactHint')}
        checked={form.comm.doNotContact}
        onChange={(e) => patch({ comm: { ...form.comm, doNotContact: e.currentTarget.checked } })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('contactPage.fields.relationshipStyle')}
          clearable
          data={RelationshipStyle.options.map((v) => ({ value: v, label: t(`contacts.relationshipStyles.${v}`) }))}
          value={form.relationshipStyle}
          description={form.relationshipStyle ? t(`contacts.relationshipHints.${form.relationshipStyle}`) : undefined}
          onChange={(v) => patch({ relationshipStyle: (v as RelationshipStyle | null) ?? null })}
        />
        <Textarea
          label={t('contactPage.fields.relationshipNote')}
          autosize
          minRows={1}
          value={form.relationshipNote}
          error={issueAt(issues, 'relationshipNote')}
          onChange={(e) => patch({ relationshipNote: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label={t('contactPage.fields.notes')}
        autosize
        minRows={2}
        maxRows={10}
        value={form.notes}
        error={issueAt(issues, 'notes')}
        onChange={(e) => patch({ notes: e.currentTarget.value })}
      />
    </>
  );
}
