import { useTranslation } from 'react-i18next';
import { Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import { formatAddressLines } from '../../../../../shared/address';
import { useSettings } from '../../../app/settings-context';
import { DetailCard } from './DetailCard';
import { InfoRow } from './InfoRow';

/** Phones (national format, unreadable ones flagged), emails and addresses in their country's format. */
export function ReachCard({ contact }: { contact: ContactDetail }) {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  const primary = (isPrimary: boolean, count: number) =>
    isPrimary && count > 1 ? <Badge size="xs" variant="light">{t('contactPage.fields.primary')}</Badge> : null;
  if (!contact.phones.length && !contact.emails.length && !contact.addresses.length) return null;
  return (
    <DetailCard title={t('contactPage.sections.reach')}>
      {contact.phones.map((p) => (
        <InfoRow key={`p${p.id}`} label={`${t('fields.phone')} · ${t(`labels.${p.label}`)}`}>
          <Group gap={6}>
            <Anchor href={`tel:${p.value}`} underline="never" c="inherit">
              {p.display}
            </Anchor>
            {!p.valid && (
              <Tooltip label={t('contactPage.values.invalidPhone')}>
                <IconAlertTriangle size={16} color="orange" aria-label={t('contactPage.values.invalidPhone')} role="img" />
              </Tooltip>
            )}
            {primary(p.primary, contact.phones.length)}
          </Group>
        </InfoRow>
      ))}
      {contact.emails.map((e) => (
        <InfoRow key={`e${e.id}`} label={`${t('fields.email')} · ${t(`labels.${e.label}`)}`}>
          <Group gap={6}>
            <Anchor href={`mailto:${e.value}`}>{e.value}</Anchor>
            {primary(e.primary, contact.emails.length)}
          </Group>
        </InfoRow>
      ))}
      {contact.addresses.map((a) => (
        <InfoRow key={`a${a.id}`} label={`${t('contactPage.fields.address')} · ${t(`labels.${a.label}`)}`}>
          <Group gap={6} align="flex-start">
            <Stack gap={0}>
              {formatAddressLines(
                { lines: a.street.split('\n'), city: a.city, region: a.region, postcode: a.postcode, countryCode: a.country },
                { senderCountry: settings?.defaultCountry ?? a.country, countryNameLocale: i18n.language },
              ).map((line, n) => (
                <Text key={n} size="sm">
                  {line}
                </Text>
              ))}
            </Stack>
            {primary(a.primary, contact.addresses.length)}
          </Group>
        </InfoRow>
      ))}
    </DetailCard>
  );
}
