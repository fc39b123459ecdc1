import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Group, Loader, Modal, Radio, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import type { MergeField } from '../../../../../shared/contacts/duplicates.schema';
import { call } from '../../../api/client';
import { notifyError } from '../../../components/notify';
import { defaultPicks, mergeValue, MERGE_FIELDS } from './merge-values';
import { announceMerge } from './undo-merge';
import { useFormatLocale } from '../../../i18n/formats';

interface Props {
  /** The records that may be merged; all start chosen. */
  ids: readonly number[];
  /** The record that stays unless the person picks another. */
  initialTarget: number;
  onClose: () => void;
  /** After a merge (undone = false) and after its undo (undone = true). */
  onChanged: (targetId: number, undone: boolean) => void;
}

/**
 * Merges two or more records: the person chooses which records, which one stays, and for every
 * field whose values differ, which value to keep. Phones, emails, addresses and history of all
 * are kept. The merge can be undone from the notification that follows.
 */
export function MergeDialog({ ids, initialTarget, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const formats = useFormatLocale();
  const [records, setRecords] = useState<ContactDetail[]>();
  const [chosen, setChosen] = useState<number[]>([...ids]);
  const [target, setTarget] = useState(initialTarget);
  const [picks, setPicks] = useState<Partial<Record<MergeField, number>>>({});
  const [busy, setBusy] = useState(false);
  const value = useMemo(() => (field: MergeField, c: ContactDetail) => mergeValue(field, c, t, formats), [t, formats]);

  useEffect(() => {
    let live = true;
    Promise.all(ids.map((id) => call('contacts.get', { id }))).then((list) => {
      if (!live) return;
      setRecords(list);
      setPicks(defaultPicks(list, initialTarget, value));
    }, notifyError);
    return () => {
      live = false;
    };
  }, [ids, initialTarget, value]);

  const inMerge = (records ?? []).filter((r) => chosen.includes(r.id));
  const keepId = chosen.includes(target) ? target : chosen[0];
  const rows = MERGE_FIELDS.filter((f) => inMerge.some((r) => value(f, r)));

  const toggle = (id: number, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));

  const merge = async () => {
    if (keepId === undefined) return;
    setBusy(true);
    try {
      const pick: Partial<Record<MergeField, number>> = {};
      for (const f of rows) {
        const from = picks[f];
        if (from !== undefined && from !== keepId && chosen.includes(from)) pick[f] = from;
      }
      const sourceIds = chosen.filter((id) => id !== keepId);
      const result = await call('contacts.merge', { targetId: keepId, sourceIds, pick });
      announceMerge(t('contactPage.merge.merged', { count: chosen.length, name: result.contact.displayName }), result.batchId, t, () =>
        onChanged(keepId, true),
      );
      onChanged(keepId, false);
      onClose();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('contactPage.merge.title')} size="auto" scrollAreaComponent={ScrollArea.Autosize}>
      {!records ? (
        <Loader />
      ) : (
        <Stack>
          <Text size="sm">{t('contactPage.merge.choose')}</Text>
          <Table withTableBorder withColumnBorders miw={500}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contactPage.merge.field')}</Table.Th>
                {records.map((r) => (
                  <Table.Th key={r.id}>
                    <Checkbox
                      label={`${r.displayName} #${r.id}`}
                      aria-label={t('contactPage.merge.include', { name: r.displayName, id: r.id })}
                      checked={chosen.includes(r.id)}
                      onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                    />
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>{t('contactPage.merge.keep')}</Table.Th>
                {records.map((r) => (
                  <Table.Td key={r.id}>
                    <Radio
                      name="merge-target"
                      aria-label={t('contactPage.merge.keepRecord', { name: r.displayName, id: r.id })}
                      disabled={!chosen.includes(r.id)}
                      checked={keepId === r.id}
                      onChange={() => setTarget(r.id)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
              {rows.map((field) => {
                const label = t(`contactPage.merge.fields.${field}`);
                const differs = new Set(inMerge.map((r) => value(field, r))).size > 1;
                return (
                  <Table.Tr key={field}>
                    <Table.Th>{label}</Table.Th>
                    {records.map((r) => {
                      const text = value(field, r) || t('contactPage.values.none');
                      const on = chosen.includes(r.id);
                      return (
                        <Table.Td key={r.id} c={on ? undefined : 'dimmed'}>
                          {differs && on ? (
                            <Radio
                              name={`merge-${field}`}
                              label={text}
                              aria-label={`${label}: ${text} (#${r.id})`}
                              checked={(picks[field] ?? keepId) === r.id}
                              onChange={() => setPicks((p) => ({ ...p, [field]: r.id }))}
                            />
                          ) : (
                            <Text size="sm">{text}</Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
              <Table.Tr>
                <Table.Th>
                  {t('fields.phone')} / {t('fields.email')} / {t('contactPage.fields.address')}
                </Table.Th>
                {records.map((r) => (
                  <Table.Td key={r.id} c={chosen.includes(r.id) ? undefined : 'dimmed'}>
                    <Text size="sm">
                      {[...r.phones.map((p) => p.display), ...r.emails.map((e) => e.value), ...r.addresses.map((a) => a.city)]
                        .filter(Boolean)
                        .join(', ') || t('contactPage.values.none')}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">
            {t('contactPage.merge.pickValues')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void merge()} loading={busy} disabled={chosen.length < 2}>
              {t('contactPage.merge.submit', { count: chosen.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
