import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../components/notify';
import { useListTranslation } from '../contacts/list/list-strings';

/** "Empty trash": asks first, naming how many contacts go for good, then purges them with their history. */
export function EmptyTrashButton({ count, onEmptied }: { count: number; onEmptied(): void }) {
  const { t } = useListTranslation();
  const [asking, setAsking] = useState(false);
  const [running, setRunning] = useState(false);
  const empty = async () => {
    setRunning(true);
    try {
      const result = await call('contacts.emptyTrash', {});
      notifySuccess(t('contactsList.trash.emptied', { count: result.count }));
      setAsking(false);
      onEmptied();
    } catch (err) {
      notifyError(err);
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <Button color="red" variant="light" leftSection={<IconTrashX size={16} />} disabled={count === 0} onClick={() => setAsking(true)}>
        {t('contactsList.trash.emptyTrash')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('contactsList.trash.confirmTitle')}>
        <Stack>
          <Text>{t('contactsList.trash.confirmBody', { count })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={running} onClick={() => void empty()}>
              {t('contactsList.trash.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
