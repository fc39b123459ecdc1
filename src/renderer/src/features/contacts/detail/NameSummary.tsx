import { useTranslation } from 'react-i18next';
import { Group, Text } from '@mantine/core';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import { hasCjk } from '../../../../../shared/contacts/cjk';

/**
 * A person's name with prefix and suffix: "Dr. Anna Weber", and after a name in Chinese
 * characters a form of address in them ("先生", "教授") follows it, as it is said: 王小明先生.
 */
function fullName(c: ContactDetail): string {
  if (hasCjk(c.displayName) && hasCjk(c.namePrefix)) {
    // A family name known alone is listed with its form of address already: 张先生.
    const said = c.displayName.endsWith(c.namePrefix) ? c.displayName : c.displayName + c.namePrefix;
    return [said, c.nameSuffix].filter(Boolean).join(' ');
  }
  return [c.namePrefix, c.displayName, c.nameSuffix].filter(Boolean).join(' ');
}

/** Under the heading: the full name with prefix and suffix, phonetic spelling and salutation. */
export function NameSummary({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const full = contact.kind === 'person' ? fullName(contact) : '';
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
