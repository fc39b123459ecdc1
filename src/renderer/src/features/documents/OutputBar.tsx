import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { RunCommand, RunResult } from '../../../../shared/contract/mailings.contract';
import type { z } from 'zod';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { deliver, isDesktop, tabForPrint, type Action } from './deliver';
import { useMailingsTranslation } from './mailings-i18n';

type Command = z.input<typeof RunCommand>;

/**
 * Print and Save as PDF for a run: the run is rendered, logged in each contact's history and
 * handed over, from the same HTML on the desktop and in the browser.
 */
export function OutputBar({ command, title, onDone, disabled }: { command: Command | null; title: string; onDone?: (r: RunResult) => void; disabled?: boolean }) {
  const { t } = useMailingsTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const run = async (action: Action) => {
    if (!command) return;
    const tab = tabForPrint(action);
    setBusy(action);
    try {
      const result = await call('mailings.run', { ...command, output: isDesktop() ? 'html' : 'pdf' });
      const outcome = await deliver(result, action, title, tab);
      const count = result.run.contacts;
      if (outcome.status === 'failed') notifications.show({ color: 'red', message: t('mailings.output.failed', { reason: outcome.reason }) });
      else if (outcome.status === 'cancelled') {
        // Nothing was printed: take the run back, so no history claims a letter went out.
        await call('mailings.runs.cancel', { id: result.run.id });
        notifications.show({ color: 'yellow', message: t('mailings.output.cancelled') });
      }
      else if (outcome.status === 'blocked') notifications.show({ color: 'yellow', message: t('mailings.output.popupBlocked') });
      else notifications.show({ color: 'teal', message: t(action === 'print' ? 'mailings.output.printed' : 'mailings.output.saved', { count }) });
      onDone?.(result);
    } catch (err) {
      tab?.close();
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      <Button leftSection={<IconPrinter size={16} />} onClick={() => void run('print')} loading={busy === 'print'} disabled={!command || disabled || busy !== null}>
        {t('mailings.output.print')}
      </Button>
      <Button variant="light" leftSection={<IconFileTypePdf size={16} />} onClick={() => void run('pdf')} loading={busy === 'pdf'} disabled={!command || disabled || busy !== null}>
        {t('mailings.output.pdf')}
      </Button>
    </Group>
  );
}
