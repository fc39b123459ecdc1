import { useState } from 'react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { LetterForm, LetterTemplate } from '../../../../shared/contract/mailings.contract';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../components/notify';
import { TemplateEditor } from './TemplateEditor';
import { paperOfForm } from './letter-defaults';
import { useMailingsTranslation } from './mailings-i18n';

export interface TemplateDraft {
  name: string;
  language: 'en' | 'zh-CN';
  form: LetterForm;
  subject: string;
  html: string;
}

/** Name, language, layout, subject and body of one letter template, saved or deleted here. */
export function TemplateForm({ id, initial, onSaved, onDeleted }: { id: number | undefined; initial: TemplateDraft; onSaved: (t: LetterTemplate) => void; onDeleted: () => void }) {
  const { t } = useMailingsTranslation();
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('mailings.templates.save', { id, draft });
      notifySuccess(t('mailings.letters.saved', { name: saved.name }));
      onSaved(saved);
    } catch (err) {
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };
  const remove = () =>
    id !== undefined &&
    modals.openConfirmModal({
      title: t('mailings.letters.delete'),
      children: draft.name,
      labels: { confirm: t('mailings.letters.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        call('mailings.templates.delete', { id }).then(() => {
          notifySuccess(t('mailings.letters.deleted'));
          onDeleted();
        }, notifyError);
      },
    });
  return (
    <Stack gap="xs">
      <TextInput label={t('mailings.letters.name')} required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
      <Group grow>
        <Select
          label={t('mailings.letters.language')}
          allowDeselect={false}
          data={(['en', 'zh-CN'] as const).map((l) => ({ value: l, label: t(`mailings.letters.languages.${l}`) }))}
          value={draft.language}
          onChange={(v) => setDraft({ ...draft, language: v === 'zh-CN' ? 'zh-CN' : 'en' })}
        />
        <Select
          label={t('mailings.letters.form')}
          allowDeselect={false}
          data={(['din5008-a', 'din5008-b', 'us-10'] as const).map((f) => ({ value: f, label: t(`documents.letterForms.${f}`) }))}
          value={draft.form}
          onChange={(v) => v && setDraft({ ...draft, form: v as LetterForm })}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('mailings.letters.paperHint', { paper: paperOfForm(draft.form) })}
      </Text>
      <TextInput label={t('mailings.letters.subject')} value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.currentTarget.value })} />
      <Text size="sm" fw={500}>
        {t('mailings.letters.body')}
      </Text>
      <TemplateEditor initialHtml={initial.html} label={t('mailings.letters.body')} onChange={(html) => setDraft((d) => ({ ...d, html }))} />
      <Group justify="space-between">
        {id !== undefined ? (
          <Button variant="subtle" color="red" onClick={remove}>
            {t('mailings.letters.delete')}
          </Button>
        ) : (
          <span />
        )}
        <Button onClick={() => void save()} loading={saving} disabled={!draft.name.trim()}>
          {t('mailings.letters.save')}
        </Button>
      </Group>
    </Stack>
  );
}
