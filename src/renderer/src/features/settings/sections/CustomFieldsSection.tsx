import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { ActionIcon, Badge, Button, Checkbox, Group, Select, Stack, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { CustomFieldType, type CustomField } from '../../../../../shared/contacts/organising.schema';
import { call } from '../../../api/client';
import { useCall } from '../../../api/use-call';
import { notifyError, notifySuccess } from '../../../components/notify';
import { InlineName } from './InlineName';
import { issueFor } from './save-issues';

type AppliesTo = CustomField['appliesTo'];
const APPLIES: readonly AppliesTo[] = ['all', 'person', 'company'];
const appliesKey = (a: AppliesTo) => `contactPage.settings.appliesTo${a === 'all' ? 'All' : a === 'person' ? 'Person' : 'Company'}`;

/** Custom field definitions (text, number, date, yes/no, choice): added, renamed, ordered, archived. */
export function CustomFieldsSection() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const { data, reload } = useCall('customFields.list', { includeArchived: showArchived }, `fields:${showArchived}`);
  const [label, setLabel] = useState('');
  const [type, setType] = useState<CustomFieldType>('text');
  const [choices, setChoices] = useState<string[]>([]);
  const [appliesTo, setAppliesTo] = useState<AppliesTo>('all');
  const [errors, setErrors] = useState<{ label?: string; choices?: string }>({});
  const appliesOptions = APPLIES.map((a) => ({ value: a, label: t(appliesKey(a)) }));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call('customFields.create', { label, type, choices: type === 'choice' ? choices : [], appliesTo });
      setLabel('');
      setChoices([]);
      setErrors({});
      reload();
    } catch (err) {
      setErrors({ label: issueFor(err, 'label'), choices: issueFor(err, 'choices') });
      notifyError(err);
    }
  };
  const update = async (f: CustomField, draft: Partial<Pick<CustomField, 'label' | 'choices' | 'appliesTo'>>) => {
    await call('customFields.update', {
      id: f.id,
      draft: { label: f.label, type: f.type, choices: f.choices, appliesTo: f.appliesTo, ...draft },
    });
    notifySuccess(t('contactPage.settings.saved'));
    reload();
  };
  const run = (work: Promise<unknown>) => void work.then(reload, notifyError);
  const move = (index: number, by: -1 | 1) => {
    if (!data) return;
    const ids = data.map((f) => f.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    run(call('customFields.reorder', { ids }));
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('contactPage.settings.customFieldsHint')}
      </Text>
      <Checkbox label={t('contactPage.settings.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      <Table aria-label={t('contactPage.settings.customFields')}>
        <Table.Tbody>
          {data?.map((f, index) => (
            <Table.Tr key={f.id} c={f.archived ? 'dimmed' : undefined}>
              <Table.Td>
                <InlineName value={f.label} label={t('contactPage.settings.rename', { name: f.label })} onSave={(l) => update(f, { label: l })} />
              </Table.Td>
              <Table.Td w={100}>
                <Badge variant="light">{t(`contacts.customFieldTypes.${f.type}`)}</Badge>
                {f.archived && (
                  <Badge variant="outline" color="gray" ml={4}>
                    {t('contactPage.settings.archived')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {f.type === 'choice' && (
                  <TagsInput
                    aria-label={`${t('contactPage.settings.fieldChoices')} ${f.label}`}
                    value={f.choices}
                    onChange={(c) => c.length > 0 && void update(f, { choices: c }).catch(notifyError)}
                  />
                )}
              </Table.Td>
              <Table.Td w={220}>
                <Select
                  aria-label={`${t('contactPage.settings.appliesTo')} ${f.label}`}
                  data={appliesOptions}
                  value={f.appliesTo}
                  allowDeselect={false}
                  onChange={(v) => v && void update(f, { appliesTo: v as AppliesTo }).catch(notifyError)}
                />
              </Table.Td>
              <Table.Td w={120}>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" disabled={index === 0} aria-label={`↑ ${f.label}`} onClick={() => move(index, -1)}>
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" disabled={index === data.length - 1} aria-label={`↓ ${f.label}`} onClick={() => move(index, 1)}>
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${t(f.archived ? 'contactPage.settings.unarchive' : 'contactPage.settings.archive')} ${f.label}`}
                    onClick={() => run(call('customFields.archive', { id: f.id, archived: !f.archived }))}
                  >
                    {f.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack component="form" gap="xs" onSubmit={(e) => void add(e)}>
        <Group align="flex-start">
          <TextInput label={t('contactPage.settings.fieldLabel')} value={label} error={errors.label} onChange={(e) => setLabel(e.currentTarget.value)} />
          <Select
            label={t('contactPage.settings.fieldType')}
            data={CustomFieldType.options.map((v) => ({ value: v, label: t(`contacts.customFieldTypes.${v}`) }))}
            value={type}
            allowDeselect={false}
            onChange={(v) => v && setType(v as CustomFieldType)}
            w={140}
          />
          <Select
            label={t('contactPage.settings.appliesTo')}
            data={appliesOptions}
            value={appliesTo}
            allowDeselect={false}
            onChange={(v) => v && setAppliesTo(v as AppliesTo)}
            w={220}
          />
        </Group>
        {type === 'choice' && (
          <TagsInput
            label={t('contactPage.settings.fieldChoices')}
            description={t('contactPage.settings.fieldChoicesHint')}
            value={choices}
            error={errors.choices}
            onChange={setChoices}
            maw={560}
          />
        )}
        <Button type="submit" w="fit-content" leftSection={<IconPlus size={14} />}>
          {t('contactPage.settings.addField')}
        </Button>
      </Stack>
    </Stack>
  );
}
