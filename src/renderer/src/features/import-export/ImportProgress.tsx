import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ImportJob } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { useImportsTranslation } from './strings';
import { useFormatLocale } from '../../i18n/formats';

const POLL_MS = 250;

/** Follows a running import: rows done, rows per second, and a Cancel that leaves everything as it was. */
export function ImportProgress({ job: first, onEnd }: { job: ImportJob; onEnd: (job: ImportJob) => void }) {
  const { t } = useImportsTranslation();
  const formats = useFormatLocale();
  const [job, setJob] = useState(first);
  const [cancelling, setCancelling] = useState(false);
  const ended = useRef(false);
  useEffect(() => {
    let live = true;
    const tick = async () => {
      try {
        const next = await call('imports.progress', { jobId: first.jobId });
        if (!live) return;
        setJob(next);
        if (next.state !== 'running') {
          if (!ended.current) onEnd(next);
          ended.current = true;
          return;
        }
      } catch (err) {
        notifyError(err);
      }
      if (live) timer = setTimeout(() => void tick(), POLL_MS);
    };
    let timer = setTimeout(() => void tick(), POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [first.jobId, onEnd]);
  const cancel = async () => {
    setCancelling(true);
    try {
      const next = await call('imports.cancel', { jobId: first.jobId });
      setJob(next);
      if (!ended.current) onEnd(next);
      ended.current = true;
    } catch (err) {
      notifyError(err);
    }
  };
  const n = new Intl.NumberFormat(formats);
  const percent = job.total ? (job.processed / job.total) * 100 : 0;
  return (
    <Stack gap="xs">
      <Text fw={500}>{t('imports.importing')}</Text>
      <Progress value={percent} animated={job.state === 'running'} aria-label={t('imports.importing')} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('imports.progress', { processed: n.format(job.processed), total: n.format(job.total), rate: n.format(job.rowsPerSecond) })}
        </Text>
        <Button variant="default" color="red" loading={cancelling} disabled={job.state !== 'running'} onClick={() => void cancel()}>
          {t('imports.cancel')}
        </Button>
      </Group>
      {job.state === 'failed' && <Alert color="red">{t('imports.failed', { message: job.error ?? '' })}</Alert>}
    </Stack>
  );
}
