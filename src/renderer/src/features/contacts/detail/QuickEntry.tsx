import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { Button, Card, CloseButton, Group, NumberInput, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../components/notify';
import { historyKindName } from './history-kinds';

export type QuickKind = 'note' | 'call';

/**
 * The small form a keystroke opens (N: note, C: call), focused and ready; Ctrl/Cmd+Enter saves,
 * Escape closes.
 */
export function QuickEntry({
  contactId,
  kind,
  onClose,
  onSaved,
}: {
  contactId: number;
  kind: QuickKind;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [summary, setSummary] = useState('');
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [minutes, setMinutes] = useState<number | string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // A call is worth logging even without notes; a note needs words.
  const hasContent = kind === 'call' || body.trim() !== '' || summary.trim() !== '';

  useEffect(() => {
    bodyRef.current?.focus();
  }, [kind]);

  const save = async () => {
    if (busy || !hasContent) return;
    setBusy(true);
    try {
      await call('history.add', {
        contactId,
        kind,
        summary,
        body,
        payload: kind === 'call' ? { direction, ...(typeof minutes === 'number' ? { minutes } : {}) } : {},
      });
      notifySuccess(t('contactPage.history.added'));
      onSaved();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const keys = getHotkeyHandler([
    ['mod+Enter', () => void save()],
    ['Escape', onClose],
  ]);
  const title = t(kind === 'note' ? 'contactPage.actions.addNote' : 'contactPage.actions.logCall');

  return (
    <Card withBorder component="form" aria-label={title} onKeyDown={keys} onSubmit={(e) => (e.preventDefault(), void save())}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <CloseButton aria-label={t('common.cancel')} onClick={onClose} />
      </Group>
      <Stack gap="xs">
        {kind === 'call' && (
          <Group align="flex-end">
            <SegmentedControl
              aria-label={t('contactPage.fields.direction')}
              value={direction}
              onChange={(v) => setDirection(v === 'in' ? 'in' : 'out')}
              data={[
                { value: 'out', label: t('contactPage.history.directions.out') },
                { value: 'in', label: t('contactPage.history.directions.in') },
              ]}
            />
            <NumberInput label={t('contactPage.fields.minutes')} value={minutes} onChange={setMinutes} min={0} max={1440} w={110} />
          </Group>
        )}
        {kind === 'call' && (
          <TextInput label={t('contactPage.fields.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />
        )}
        <Textarea
          ref={bodyRef}
          label={historyKindName(kind, t)}
          description={t('contactPage.actions.saveEntryHint')}
          autosize
          minRows={3}
          maxRows={12}
          value={body}
          error={error}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={busy} disabled={!hasContent}>
            {t('contactPage.actions.saveEntry')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
