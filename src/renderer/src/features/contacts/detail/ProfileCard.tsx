import { useTranslation } from 'react-i18next';
import { Badge, Group, Text } from '@mantine/core';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import type { CustomField } from '../../../../../shared/contacts/organising.schema';
import { DetailCard } from './DetailCard';
import { InfoRow } from './InfoRow';
import { formatDay, formatMoment } from './format';
import { showCustomValue } from './custom-value';
import { useFormatLocale } from '../../../i18n/formats';

/** Tier, stage, source, owner, dates, tags, groups and custom fields: what filters and reports use. */
export function ProfileCard({ contact, fields }: { contact: ContactDetail; fields: readonly CustomField[] }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const custom = fields
    .filter((f) => f.appliesTo === 'all' || f.appliesTo === contact.kind)
    .map((f) => ({ field: f, text: showCustomValue(f, contact.custom[String(f.id)], t, locale) }))
    .filter((c): c is { field: CustomField; text: string } => c.text !== null);
  return (
    <DetailCard title={t('contactPage.sections.profile')}>
      <InfoRow label={t('contactPage.fields.tier')}>
        {contact.tier ? <Badge variant="light" tt="none">
            {t(`contacts.tiers.${contact.tier}`)}
          </Badge> : t('contactPage.values.none')}
      </InfoRow>
      <InfoRow label={t('contactPage.fields.lifecycle')}>
        {contact.lifecycle ? t(`contacts.lifecycles.${contact.lifecycle}`) : t('contactPage.values.none')}
      </InfoRow>
      <InfoRow label={t('contactPage.fields.owner')}>{contact.owner?.name ?? t('contactPage.values.noOwner')}</InfoRow>
      {contact.source && <InfoRow label={t('contactPage.fields.source')}>{contact.source}</InfoRow>}
      {contact.birthday && <InfoRow label={t('contactPage.fields.birthday')}>{formatDay(contact.birthday, locale)}</InfoRow>}
      {contact.anniversary && (
        <InfoRow label={t('contactPage.fields.anniversary')}>{formatDay(contact.anniversary, locale)}</InfoRow>
      )}
      <InfoRow label={t('contactPage.fields.lastContact')}>
        {contact.lastContactAt ? formatMoment(contact.lastContactAt, locale) : t('contactPage.values.none')}
      </InfoRow>
      {contact.tags.length > 0 && (
        <InfoRow label={t('contactPage.fields.tags')}>
          <Group gap={4}>
            {contact.tags.map((tag) => (
              <Badge key={tag.id} color={tag.color} variant="light" tt="none">
                {tag.name}
              </Badge>
            ))}
          </Group>
        </InfoRow>
      )}
      {contact.groups.length > 0 && (
        <InfoRow label={t('contactPage.fields.groups')}>
          <Text size="sm">{contact.groups.map((g) => g.name).join(', ')}</Text>
        </InfoRow>
      )}
      {custom.map(({ field, text }) => (
        <InfoRow key={field.id} label={field.label}>
          {text}
        </InfoRow>
      ))}
    </DetailCard>
  );
}
