import { useState } from 'react';
import { ActionIcon, Button, Group, Modal, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import type { SavedView } from '../../../../../shared/contacts/view.schema';
import { call } from '../../../api/client';
import { useCall } from '../../../api/use-call';
import { notifyError, notifySuccess } from '../../../components/notify';
import type { ListState } from './list-state';
import { useListTranslation } from './list-strings';

export interface SavedViewsProps {
  state: ListState;
  viewId: number | null;
  /** A view was picked (or "All contacts", null): the list takes on its state. */
  onPick(view: SavedView | null): void;
  /** The view now being shown was saved or deleted. */
  onViewId(id: number | null): void;
}

/** Pick, save and delete named views: a search, filters, sort order and columns kept for next time. */
export function SavedViews({ state, viewId, onPick, onViewId }: SavedViewsProps) {
  const { t } = useListTranslation();
  const { data: views, reload } = useCall('views.list', {}, 'views');
  const [dialog, setDialog] = useState(false);
  const [name, setName] = useState('');
  const current = views?.find((v) => v.id === viewId);

  const save = async (asNew: boolean) => {
    try {
      const draft = { name, state };
      const view = !asNew && current ? await call('views.update', { id: current.id, draft }) : await call('views.create', draft);
      notifySuccess(t('contactsList.views.saved', { name: view.name }));
      setDialog(false);
      onViewId(view.id);
      reload();
    } catch (err) {
      notifyError(err);
    }
  };

  const remove = async () => {
    if (!current) return;
    try {
      await call('views.delete', { id: current.id });
      notifySuccess(t('contactsList.views.deleted', { name: current.name }));
      onViewId(null);
      reload();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label={t('contactsList.views.label')}
        placeholder={t('contactsList.views.none')}
        data={(views ?? []).map((v) => ({ value: String(v.id), label: v.name }))}
        value={viewId === null ? null : String(viewId)}
        onChange={(id) => onPick(views?.find((v) => String(v.id) === id) ?? null)}
        clearable
        searchable
        w={220}
      />
      <Tooltip label={t('contactsList.views.save')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('contactsList.views.save')}
          onClick={() => {
            setName(current?.name ?? '');
            setDialog(true);
          }}
        >
          <IconDeviceFloppy size={18} />
        </ActionIcon>
      </Tooltip>
      {current && (
        <Tooltip label={t('contactsList.views.delete')}>
          <ActionIcon variant="default" size="lg" aria-label={t('contactsList.views.delete')} onClick={() => void remove()}>
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      )}
      <Modal opened={dialog} onClose={() => setDialog(false)} title={t('contactsList.views.saveTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(true);
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('contactsList.views.saveHint')}
            </Text>
            <TextInput label={t('contactsList.views.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus required />
            <Group justify="flex-end">
              {current && (
                <Button variant="default" onClick={() => void save(false)}>
                  {t('contactsList.views.update', { name: current.name })}
                </Button>
              )}
              <Button type="submit" disabled={!name.trim()}>
                {current ? t('contactsList.views.saveAsNew') : t('contactsList.views.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
