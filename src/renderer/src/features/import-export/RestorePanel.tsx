import { useState } from 'react';
import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import type { ImportSession, RestoreResult } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../components/notify';
import { useSettings } from '../../app/settings-context';
import { useImportsTranslation } from './strings';

/**
 * Offered when the chosen workbook is a full export ("Export everything"): restores all of it,
 * after a confirmation, instead of importing only its contacts.
 */
export function RestorePanel({ session, onRestored }: { session: ImportSession; onRestored: (result: RestoreResult) => void }) {
  const { t } = useImportsTranslation();
  const { reload } = useSettings();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      const result = await call('imports.restore', { sessionId: session.sessionId });
      // The export's settings (language, country, paper) are the office's now.
      await reload();
      onRestored(result);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <Alert color="blue" title={t('imports.restore.title')} icon={<IconDatabaseImport size={18} />}>
      <Text size="sm">{t('imports.restore.hint')}</Text>
      <Group mt="sm">
        <Button size="sm" onClick={() => setAsking(true)}>
          {t('imports.restore.button')}
        </Button>
      </Group>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('imports.restore.confirmTitle', { file: session.fileName })}>
        <Text size="sm">{t('imports.restore.confirm')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void restore()}>
            {t('imports.restore.button')}
          </Button>
        </Group>
      </Modal>
    </Alert>
  );
}

/** Takes a restore back (undo.apply on its batch): refused, with the reason, once anything changed since. */
export function UndoRestore({ batchId, onUndone }: { batchId: number; onUndone: () => void }) {
  const { t } = useImportsTranslation();
  const { reload } = useSettings();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      await call('undo.apply', { batchId });
      // The settings from before the restore are back.
      await reload();
      notifySuccess(t('imports.restore.undone'));
      onUndone();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" color="red" loading={busy} onClick={() => void undo()}>
      {t('imports.restore.undo')}
    </Button>
  );
}
