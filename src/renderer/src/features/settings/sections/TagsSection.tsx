import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { ActionIcon, Badge, Button, ColorInput, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Tag } from '../../../../../shared/contacts/organising.schema';
import { call } from '../../../api/client';
import { useCall } from '../../../api/use-call';
import { notifyError, notifySuccess } from '../../../components/notify';
import { InlineName } from './InlineName';
import { issueFor } from './save-issues';

const SWATCHES = ['#868e96', '#fa5252', '#e64980', '#be4bdb', '#7950f2', '#4c6ef5', '#228be6', '#15aabf', '#12b886', '#40c057', '#fab005', '#fd7e14'];

/** Tags: name, colour, how many contacts carry each; deleting one takes it off every contact. */
export function TagsSection() {
  const { t } = useTranslation();
  const { data, reload } = useCall('tags.list', {}, 'tags');
  const [name, setName] = useState('');
  const [color, setColor] = useState(SWATCHES[0]!);
  const [error, setError] = useState<string>();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call('tags.create', { name, color });
      setName('');
      setError(undefined);
      reload();
    } catch (err) {
      setError(issueFor(err, 'name'));
      notifyError(err);
    }
  };
  const update = async (tag: Tag, draft: { name?: string; color?: string }) => {
    await call('tags.update', { id: tag.id, draft: { name: tag.name, color: tag.color, ...draft } });
    notifySuccess(t('contactPage.settings.saved'));
    reload();
  };
  const remove = async (tag: Tag) => {
    try {
      const { count } = await call('tags.delete', { id: tag.id });
      notifySuccess(t('contactPage.settings.tagDeleted', { name: tag.name, count }));
      reload();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack>
      <Table aria-label={t('contactPage.settings.tags')}>
        <Table.Tbody>
          {data?.map((tag) => (
            <Table.Tr key={tag.id}>
              <Table.Td w={40}>
                <Badge color={tag.color} circle size="sm" aria-hidden>
                  {' '}
                </Badge>
              </Table.Td>
              <Table.Td>
                <InlineName value={tag.name} label={t('contactPage.settings.rename', { name: tag.name })} onSave={(n) => update(tag, { name: n })} />
              </Table.Td>
              <Table.Td w={200}>
                <ColorInput
                  aria-label={`${t('contactPage.settings.tagColor')} ${tag.name}`}
                  value={tag.color}
                  swatches={SWATCHES}
                  withEyeDropper={false}
                  onChangeEnd={(c) => void update(tag, { color: c }).catch(notifyError)}
                />
              </Table.Td>
              <Table.Td w={120}>
                <Text size="sm" c="dimmed">
                  {t('contactPage.settings.count', { count: tag.count })}
                </Text>
              </Table.Td>
              <Table.Td w={50}>
                <ActionIcon variant="subtle" color="red" aria-label={t('contactPage.settings.deleteTag', { name: tag.name })} onClick={() => void remove(tag)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group component="form" align="flex-start" onSubmit={(e) => void add(e)}>
        <TextInput label={t('contactPage.settings.tagName')} value={name} error={error} onChange={(e) => setName(e.currentTarget.value)} />
        <ColorInput label={t('contactPage.settings.tagColor')} value={color} onChange={setColor} swatches={SWATCHES} withEyeDropper={false} w={160} />
        <Button type="submit" mt={25} leftSection={<IconPlus size={14} />}>
          {t('contactPage.settings.addTag')}
        </Button>
      </Group>
    </Stack>
  );
}
