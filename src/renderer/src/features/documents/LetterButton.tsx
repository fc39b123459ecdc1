import { useState } from 'react';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { IconMailbox } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useCall } from '../../api/use-call';
import { OutputBar } from './OutputBar';
import { PreviewPane } from './PreviewPane';
import { rememberedMeta } from './RunOptions';
import { documentsLink } from './run-source';
import { useMailingsTranslation } from './mailings-i18n';

/**
 * "Write a letter" for the contact page: pick a template, see the letter, print it or save it
 * as PDF; the letter lands in the contact's history. `onSent` lets the page reload its timeline.
 */
export function LetterButton({ contactId, name, onSent }: { contactId: number; name: string; onSent?: () => void }) {
  const { t } = useMailingsTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="light" leftSection={<IconMailbox size={16} />} onClick={() => setOpen(true)}>
        {t('mailings.letters.writeLetter')}
      </Button>
      {open && <LetterDialog contactId={contactId} name={name} onClose={() => setOpen(false)} onSent={onSent} />}
    </>
  );
}

function LetterDialog({ contactId, name, onClose, onSent }: { contactId: number; name: string; onClose: () => void; onSent?: () => void }) {
  const { t } = useMailingsTranslation();
  const templates = useCall('mailings.templates.list', {}, 'templates');
  const staff = useCall('staff.list', {}, 'staff');
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [staffId, setStaffId] = useState<number | null>(() => rememberedMeta().staffId);
  const request = templateId
    ? { source: { type: 'contact' as const, id: contactId }, document: { kind: 'letters' as const, templateId }, choices: { overrideNoLetters: true }, printer: rememberedMeta().printer }
    : null;
  return (
    <Modal opened onClose={onClose} title={t('mailings.letters.writeLetterTo', { name })} size="xl">
      <Stack gap="sm">
        <Group align="flex-end">
          <Select
            style={{ flex: 1 }}
            label={t('mailings.letters.chooseTemplate')}
            data={(templates.data ?? []).map((x) => ({ value: String(x.id), label: x.name }))}
            value={templateId ? String(templateId) : null}
            onChange={(v) => setTemplateId(v ? Number(v) : null)}
          />
          <Select
            style={{ flex: 1 }}
            label={t('mailings.run.sentBy')}
            clearable
            data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
            value={staffId ? String(staffId) : null}
            onChange={(v) => setStaffId(v ? Number(v) : null)}
          />
        </Group>
        {templates.data?.length === 0 && (
          <Button component={Link} href={documentsLink('letters', { contact: contactId })} variant="subtle">
            {t('mailings.letters.newTemplate')}
          </Button>
        )}
        <Group justify="flex-end">
          <OutputBar
            command={request ? { ...request, staffId } : null}
            title={t('mailings.letters.writeLetterTo', { name })}
            onDone={() => {
              onSent?.();
              onClose();
            }}
          />
        </Group>
        <PreviewPane request={request} />
      </Stack>
    </Modal>
  );
}
