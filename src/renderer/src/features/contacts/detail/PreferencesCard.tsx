import { useTranslation } from 'react-i18next';
import { Alert, Badge, Group, Text } from '@mantine/core';
import { IconBan, IconBulb } from '@tabler/icons-react';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import { DetailCard } from './DetailCard';

const CHANNELS = ['phone', 'email', 'letter', 'marketing'] as const;

/** What the office may do to reach them, a clear "do not contact", and how to talk to them. */
export function PreferencesCard({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const { comm } = contact;
  return (
    <DetailCard title={t('contactPage.sections.preferences')} table={false}>
      {comm.doNotContact && (
        <Alert color="red" icon={<IconBan size={18} />} title={t('contacts.comm.doNotContact')} mb="sm" role="status">
          {t('contactPage.comm.doNotContactHint')}
        </Alert>
      )}
      <Group gap={6} mb={contact.relationshipStyle || contact.relationshipNote ? 'sm' : 0}>
        {CHANNELS.map((ch) => (
          <Badge
            key={ch}
            tt="none"
            variant={comm[ch] && !comm.doNotContact ? 'light' : 'outline'}
            color={comm[ch] && !comm.doNotContact ? 'teal' : 'gray'}
            td={comm[ch] && !comm.doNotContact ? undefined : 'line-through'}
          >
            {t(`contacts.comm.${ch}`)}: {t(comm[ch] && !comm.doNotContact ? 'contactPage.comm.allowed' : 'contactPage.comm.refused')}
          </Badge>
        ))}
      </Group>
      {(contact.relationshipStyle || contact.relationshipNote) && (
        <Alert color="blue" variant="light" icon={<IconBulb size={18} />} title={t('contactPage.sections.relationship')}>
          {contact.relationshipStyle && (
            <Text size="sm">
              <Text span fw={600}>
                {t(`contacts.relationshipStyles.${contact.relationshipStyle}`)}
              </Text>
              {' — '}
              {t(`contacts.relationshipHints.${contact.relationshipStyle}`)}
            </Text>
          )}
          {contact.relationshipNote && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {contact.relationshipNote}
            </Text>
          )}
        </Alert>
      )}
    </DetailCard>
  );
}
