import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Stack, Text, Textarea, TextInput, ThemeIcon } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { HistoryKind, type HistoryItem } from '../../../../../shared/contacts/history.schema';
import { call } from '../../../api/client';
import { notifyError } from '../../../components/notify';
import { formatMoment } from './format';
import { historyIcon, historyKindName } from './history-kinds';
import { useFormatLocale } from '../../../i18n/formats';

/** Extra facts an entry carries that the reader cares about (a call's direction and length). */
function payloadLine(item: HistoryItem, t: TFunction): string {
  const parts: string[] = [];
  const { direction, minutes } = item.payload;
  if (direction === 'in' || direction === 'out') parts.push(t(`contactPage.history.directions.${direction}`));
  if (typeof minutes === 'number' && minutes > 0) parts.push(t('contactPage.history.minutes', { count: minutes }));
  return parts.join(' · ');
}

const isOwnKind = (kind: string): kind is HistoryKind => (HistoryKind.options as readonly string[]).includes(kind);

/**
 * One timeline entry. Notes, calls and the other kinds this page knows can be corrected or
 * deleted here; kinds added by later areas are shown as they are and edited where they belong.
 */
export function TimelineEntry({ item, onChanged }: { item: HistoryItem; onChanged: () => void }) {
  const { t } = useTranslation();
  const formats = useFormatLocale();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmDelete'>('view');
  const [summary, setSummary] = useState(item.summary);
  const [body, setBody] = useState(item.body);
  const extra = payloadLine(item, t);
  const kindName = historyKindName(item.kind, t);

  const save = async () => {
    if (!isOwnKind(item.kind)) return;
    try {
      await call('history.update', {
        id: item.id,
        draft: { contactId: item.contactId, kind: item.kind, occurredAt: item.occurredAt, summary, body, payload: item.payload, staffId: item.staffId },
      });
      setMode('view');
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };
  const remove = async () => {
    try {
      await call('history.delete', { id: item.id });
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Group align="flex-start" wrap="nowrap" gap="sm" component="li" data-kind={item.kind}>
      <ThemeIcon variant="light" radius="xl" size="md" aria-hidden>
        {historyIcon(item.kind)}
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {kindName}
          </Text>
          <Text size="xs" c="dimmed">
            {formatMoment(item.occurredAt, formats)}
            {item.staffName ? ` · ${t('contactPage.history.by', { name: item.staffName })}` : ''}
            {extra ? ` · ${extra}` : ''}
          </Text>
        </Group>
        {mode === 'edit' ? (
          <Stack
            gap="xs"
            onKeyDown={getHotkeyHandler([
              ['mod+Enter', () => void save()],
              ['Escape', () => setMode('view')],
            ])}
          >
            <TextInput label={t('contactPage.fields.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />
            <Textarea label={kindName} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} autoFocus />
            <Group gap="xs">
              <Button size="xs" onClick={() => void save()}>
                {t('contactPage.actions.saveEntry')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setMode('view')}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <>
            {item.summary && (
              <Text size="sm" fw={500}>
                {item.summary}
              </Text>
            )}
            {item.body && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {item.body}
              </Text>
            )}
          </>
        )}
        {mode === 'confirmDelete' && (
          <Group gap="xs" mt={4}>
            <Text size="sm">{t('contactPage.history.confirmDelete')}</Text>
            <Button size="xs" color="red" onClick={() => void remove()}>
              {t('contactPage.history.delete')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setMode('view')}>
              {t('common.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
      {isOwnKind(item.kind) && mode === 'view' && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('contactPage.history.entryActions', { kind: kindName })}>
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setMode('edit')}>
              {t('common.edit')}
            </Menu.Item>
            <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={() => setMode('confirmDelete')}>
              {t('contactPage.history.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
