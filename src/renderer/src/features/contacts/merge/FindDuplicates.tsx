import { useTranslation } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLocation } from 'wouter';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import { call } from '../../../api/client';
import { notifyError } from '../../../components/notify';
import { compact, fromContact, toDraft } from '../form/form-state';
import { MergeDialog } from './MergeDialog';

/** "Find duplicates" on a contact page: looks for likely duplicates and offers to merge them. */
export function FindDuplicates({ contact, icon, onChanged }: { contact: ContactDetail; icon?: ReactNode; onChanged: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [ids, setIds] = useState<number[] | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    setBusy(true);
    try {
      const found = await call('contacts.duplicatesOf', { draft: toDraft(compact(fromContact(contact, contact.kind))), excludeId: contact.id });
      if (found.length === 0) notifications.show({ color: 'gray', message: t('contactPage.merge.noDuplicates') });
      else setIds([contact.id, ...found.map((d) => d.contact.id)]);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="default" leftSection={icon} loading={busy} onClick={() => void find()}>
        {t('contactPage.actions.findDuplicates')}
      </Button>
      {ids && (
        <MergeDialog
          ids={ids}
          initialTarget={contact.id}
          onClose={() => setIds(null)}
          onChanged={(targetId) => {
            if (targetId !== contact.id) navigate(`/contacts/${targetId}`);
            onChanged();
          }}
        />
      )}
    </>
  );
}
