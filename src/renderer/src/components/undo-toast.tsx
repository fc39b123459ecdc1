import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { call } from '../api/client';
import { ensureListStrings } from '../features/contacts/list/list-strings';
import { notifyError } from './notify';

/**
 * Tells what a change did and offers to take it back: the Undo button puts back every row of
 * the change's undo batch (`undo.apply`). Without a batch id it is a plain success message.
 * @example notifyUndoable(t('contactsList.bulk.done.trash', { count }), result.batchId, reload);
 */
export function notifyUndoable(message: string, batchId: number | null, onUndone: () => void): void {
  ensureListStrings(i18next);
  const id = `undo-${batchId ?? Date.now()}`;
  if (batchId === null) {
    notifications.show({ id, color: 'teal', message });
    return;
  }
  const undo = async () => {
    notifications.hide(id);
    try {
      const batch = await call('undo.apply', { batchId });
      notifications.show({ color: 'teal', message: i18next.t('contactsList.undo.undone', { label: batch.label }) });
      onUndone();
    } catch (err) {
      notifyError(err);
    }
  };
  notifications.show({
    id,
    color: 'teal',
    autoClose: 12_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void undo()}>
          {i18next.t('contactsList.undo.button')}
        </Button>
      </Group>
    ),
  });
}
