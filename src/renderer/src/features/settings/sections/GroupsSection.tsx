import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Group as ContactGroup } from '../../../../../shared/contacts/organising.schema';
import { call } from '../../../api/client';
import { useCall } from '../../../api/use-call';
import { notifyError, notifySuccess } from '../../../components/notify';
import { InlineName } from './InlineName';
import { issueFor } from './save-issues';

/** Groups: static lists people put contacts into; deleting a group keeps its contacts. */
export function GroupsSection() {
  const { t } = useTranslation();
  const { data, reload } = useCall('groups.list', {}, 'groups');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string>();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call('groups.create', { name, description });
      setName('');
      setDescription('');
      setError(undefined);
      reload();
    } catch (err) {
      setError(issueFor(err, 'name'));
      notifyError(err);
    }
  };
  const update = async (g: ContactGroup, draft: { name?: string; description?: string }) => {
    await call('groups.update', { id: g.id, draft: { name: g.name, description: g.description, ...draft } });
    notifySuccess(t('contactPage.settings.saved'));
    reload();
  };
  const remove = async (g: ContactGroup) => {
    try {
      await call('groups.delete', { id: g.id });
      notifySuccess(t('contactPage.settings.groupDeleted', { name: g.name }));
      reload();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack>
      <Table aria-label={t('contactPage.settings.groups')}>
        <Table.Tbody>
          {data?.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                <InlineName value={g.name} label={t('contactPage.settings.rename', { name: g.name })} onSave={(n) => update(g, { name: n })} />
              </Table.Td>
              <Table.Td>
                <InlineName
                  value={g.description}
                  label={`${t('contactPage.settings.groupDescription')} ${g.name}`}
                  onSave={(d) => update(g, { description: d })}
                />
              </Table.Td>
              <Table.Td w={120}>
                <Text size="sm" c="dimmed">
                  {t('contactPage.settings.count', { count: g.count })}
                </Text>
              </Table.Td>
              <Table.Td w={50}>
                <ActionIcon variant="subtle" color="red" aria-label={t('contactPage.settings.deleteGroup', { name: g.name })} onClick={() => void remove(g)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group component="form" align="flex-start" onSubmit={(e) => void add(e)}>
        <TextInput label={t('contactPage.settings.groupName')} value={name} error={error} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput
          label={t('contactPage.settings.groupDescription')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={14} />}>
          {t('contactPage.settings.addGroup')}
        </Button>
      </Group>
    </Stack>
  );
}
