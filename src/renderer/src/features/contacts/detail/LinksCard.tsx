import { useTranslation } from 'react-i18next';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import { DetailCard } from './DetailCard';

/** A person's companies or a company's people, each a link, with title and role. */
export function LinksCard({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const links =
    contact.kind === 'company'
      ? contact.people.map((p) => ({ id: p.personId, name: p.name, role: p.role, title: p.title }))
      : contact.companies.map((c) => ({ id: c.companyId, name: c.name, role: c.role, title: c.title }));
  const company = contact.kind === 'company';
  if (!links.length && !company) return null;
  return (
    <DetailCard title={t(company ? 'contactPage.sections.people' : 'contactPage.sections.companies')} table={false}>
      <Stack gap={6}>
        {links.map((l) => (
          <Group key={l.id} gap="xs">
            <Anchor component={Link} href={`/contacts/${l.id}`}>
              {l.name || `#${l.id}`}
            </Anchor>
            {(l.title || l.role) && (
              <Text c="dimmed" size="sm">
                {[l.title, l.role].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
      {company && (
        <Button
          component={Link}
          href={`/contacts/new?${new URLSearchParams({ companyId: String(contact.id), companyName: contact.displayName })}`}
          variant="subtle"
          size="compact-sm"
          mt="xs"
          w="fit-content"
          leftSection={<IconUserPlus size={14} />}
        >
          {t('contactPage.actions.addPersonHere')}
        </Button>
      )}
    </DetailCard>
  );
}
