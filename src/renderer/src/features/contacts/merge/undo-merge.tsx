import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../components/notify';

/** Tells the person the merge happened, with an Undo that puts every record back as it was. */
export function announceMerge(message: string, batchId: number, t: TFunction, onUndone: () => void): void {
  const id = `merge-${batchId}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await call('undo.apply', { batchId });
      notifySuccess(t('contactPage.merge.undone'));
      onUndone();
    } catch (err) {
      notifyError(err);
    }
  };
  notifications.show({
    id,
    color: 'teal',
    autoClose: 20_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="light" onClick={() => void undo()}>
          {t('contactPage.actions.undo')}
        </Button>
      </Group>
    ),
  });
}
