import { useTranslation } from 'react-i18next';
import { Group, Text } from '@mantine/core';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';

/** Under the heading: the full name with prefix and suffix, phonetic spelling and salutation. */
export function NameSummary({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const full =
    contact.kind === 'person'
      ? [contact.namePrefix, contact.displayName, contact.nameSuffix].filter(Boolean).join(' ')
      : '';
  // A person's company as plain text (from an import, before anyone linked the company record).
  const companyText = contact.kind === 'person' && contact.companies.length === 0 ? contact.companyName : '';
  const parts = [full !== contact.displayName ? full : '', contact.phoneticName, companyText].filter(Boolean);
  return (
    <Group gap="lg" mb="md">
      {parts.length > 0 && <Text c="dimmed">{parts.join(' · ')}</Text>}
      {contact.salutation && (
        <Text c="dimmed">
          {t('contactPage.values.labelled', { label: t('contactPage.fields.salutation') })}
          <Text span fs="italic">
            {contact.salutation}
          </Text>
        </Text>
      )}
    </Group>
  );
}
