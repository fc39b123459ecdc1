import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DuplicateCandidate } from '../../../../../shared/contacts/duplicates.schema';
import { call } from '../../../api/client';
import type { InputOf } from '../../../../../shared/contract';
import type { FormState } from './form-state';

type Probe = InputOf<'contacts.duplicatesOf'>['draft'];

/**
 * Only what identifies someone. The service takes a half-typed record (no name yet, an email
 * still missing its domain), so nothing here has to pass the full checks; null until there is
 * something to look for.
 */
function probe(f: FormState): Probe | null {
  const draft = {
    kind: f.kind,
    givenName: f.kind === 'person' ? f.givenName : '',
    familyName: f.kind === 'person' ? f.familyName : '',
    companyName: f.kind === 'company' ? f.companyName : '',
    phones: f.phones.filter((p) => p.value.replace(/\D/g, '').length >= 6).map((p) => ({ value: p.value })),
    emails: f.emails.filter((e) => e.value.includes('@')).map((e) => ({ value: e.value })),
    addresses: f.addresses.filter((a) => a.city.trim() !== '').map((a) => ({ city: a.city })),
  } satisfies Probe;
  const named = (draft.givenName + draft.familyName + draft.companyName).trim();
  return named || draft.phones.length || draft.emails.length ? draft : null;
}

/** While a new contact is typed, the records it may duplicate, each a link to open it. */
export function DuplicateHints({ form }: { form: FormState }) {
  const { t } = useTranslation();
  const [key] = useDebouncedValue(JSON.stringify(probe(form)), 350);
  const [found, setFound] = useState<{ key: string; list: DuplicateCandidate[] }>({ key: '', list: [] });

  useEffect(() => {
    const draft = JSON.parse(key) as Probe | null;
    if (!draft) return;
    let live = true;
    call('contacts.duplicatesOf', { draft }).then(
      (list) => live && setFound({ key, list }),
      // A failed look-up only means no hints; the form itself reports what is wrong on save.
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
