import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { ContactDraftInput } from '../../../../../shared/contacts/contact.schema';
import type { DuplicateCandidate } from '../../../../../shared/contacts/duplicates.schema';
import { call } from '../../../api/client';
import type { FormState } from './form-state';

const LOOKS_LIKE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Only what identifies someone, and only values the service will accept while still being typed. */
function probe(f: FormState): ContactDraftInput | null {
  const draft: ContactDraftInput = {
    kind: f.kind,
    givenName: f.kind === 'person' ? f.givenName : '',
    familyName: f.kind === 'person' ? f.familyName : '',
    companyName: f.kind === 'company' ? f.companyName : '',
    phones: f.phones.filter((p) => p.value.replace(/\D/g, '').length >= 6).map((p) => ({ label: p.label, value: p.value })),
    emails: f.emails.filter((e) => LOOKS_LIKE_EMAIL.test(e.value.trim())).map((e) => ({ label: e.label, value: e.value })),
    addresses: f.addresses
      .filter((a) => a.city.trim() !== '')
      .map((a) => ({ label: a.label, city: a.city, country: a.country, street: '', region: '', postcode: '' })),
    companies: f.companies.flatMap((c) => (c.companyId ? [{ companyId: c.companyId }] : [])),
  };
  const named = (draft.givenName ?? '').trim() + (draft.familyName ?? '').trim() + (draft.companyName ?? '').trim();
  if (named) return draft;
  if (!draft.phones?.length && !draft.emails?.length) return null;
  // The schema wants a name; a record typed phone or email first is probed with a stand-in one.
  return f.kind === 'company' ? { ...draft, companyName: '?' } : { ...draft, givenName: '?' };
}

/** While a new contact is typed, the records it may duplicate, each a link to open it. */
export function DuplicateHints({ form }: { form: FormState }) {
  const { t } = useTranslation();
  const [key] = useDebouncedValue(JSON.stringify(probe(form)), 350);
  const [found, setFound] = useState<{ key: string; list: DuplicateCandidate[] }>({ key: '', list: [] });

  useEffect(() => {
    const draft = JSON.parse(key) as ContactDraftInput | null;
    if (!draft) return;
    let live = true;
    call('contacts.duplicatesOf', { draft }).then(
      (list) => live && setFound({ key, list }),
      // While typing, a half-finished record may not pass the checks: simply show nothing yet.
      () => live && setFound({ key, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const list = found.key === key ? found.list : [];
  if (!list.length) return null;
  return (
    <Alert color="yellow" icon={<IconCopy size={18} />} title={t('contactPage.form.duplicatesTitle')} role="status">
      <Stack gap={4}>
        {list.map(({ contact, reasons }) => (
          <Group key={contact.id} gap="xs">
            <Anchor component={Link} href={`/contacts/${contact.id}`}>
              {contact.displayName}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[contact.companyName, contact.email, contact.phone, contact.city].filter(Boolean).join(' · ')}
            </Text>
            <Text size="xs" c="dimmed">
              ({reasons.map((r) => t(`contacts.duplicateReasons.${r}`)).join(', ')})
            </Text>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
