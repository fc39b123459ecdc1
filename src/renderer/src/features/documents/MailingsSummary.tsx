import { Text } from '@mantine/core';
import { useCall } from '../../api/use-call';
import { useMailingsTranslation } from './mailings-i18n';

/** "Sent so far: 3 letters, 2 labels, 0 envelopes" for one contact; `version` reloads it after a print. */
export function MailingsSummary({ contactId, version = 0 }: { contactId: number; version?: number }) {
  const { t } = useMailingsTranslation();
  const { data } = useCall('mailings.counts', { contactId }, `${contactId}:${version}`);
  const total = (data?.byStaff ?? []).reduce(
    (sum, s) => ({ letters: sum.letters + s.letters, labels: sum.labels + s.labels, envelopes: sum.envelopes + s.envelopes }),
    { letters: 0, labels: 0, envelopes: 0 },
  );
  return (
    <Text size="sm" c="dimmed">
      {t('mailings.contactSummary', total)}
    </Text>
  );
}
