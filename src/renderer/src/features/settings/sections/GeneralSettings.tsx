import { Card, Loader, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../../shared/contract/settings.contract';
import { COUNTRY_CODES } from '../../../../../shared/geo/country-codes';
import { useCall } from '../../../api/use-call';
import { useSettings } from '../../../app/settings-context';
import { useFormatLocale } from '../../../i18n/formats';
import { notifyError, notifySuccess } from '../../../components/notify';

/** Today's date and a number as `formats` writes them: "06/12/2026 · 1,234.5". */
const formatExample = (formats: string): string =>
  `${new Intl.DateTimeFormat(formats, { dateStyle: 'short' }).format(new Date())} · ${new Intl.NumberFormat(formats).format(1234.5)}`;

/** Language, appearance and the office's country (phone numbers, formats, paper). */
export function GeneralSettings() {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const formats = useFormatLocale();
  const { data: info } = useCall('app.info', {}, 'info');
  if (!settings) return <Loader />;

  const save = async (patch: Partial<Settings>) => {
    try {
      await update(patch);
      // The language may just have changed: word the confirmation in the new one.
      notifySuccess(i18n.t('settings.saved'));
    } catch (err) {
      notifyError(err);
    }
  };
  const regionNames = new Intl.DisplayNames([i18n.language], { type: 'region' });

  return (
    <>
      <Stack maw={560}>
        <Select
          label={t('settings.language')}
          data={[
            { value: 'system', label: t('settings.languageSystem') },
            { value: 'en', label: 'English' },
            { value: 'zh-CN', label: '简体中文' },
          ]}
          value={settings.locale ?? 'system'}
          allowDeselect={false}
          onChange={(v) => void save({ locale: v === 'system' || v === null ? null : (v as Settings['locale']) })}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('settings.theme')}
          </Text>
          <SegmentedControl
            aria-label={t('settings.theme')}
            data={[
              { value: 'light', label: t('settings.themeLight') },
              { value: 'dark', label: t('settings.themeDark') },
              { value: 'auto', label: t('settings.themeAuto') },
            ]}
            value={settings.theme}
            onChange={(v) => void save({ theme: v as Settings['theme'] })}
          />
        </div>
        <Select
          label={t('settings.defaultCountry')}
          description={t('settings.defaultCountryHelp', { example: formatExample(formats) })}
          searchable
          data={COUNTRY_CODES.map((code) => ({ value: code, label: `${regionNames.of(code) ?? code} (${code})` }))}
          value={settings.defaultCountry}
          allowDeselect={false}
          onChange={(v) => v && void save({ defaultCountry: v })}
        />
        {info && (
          <Card withBorder>
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>{t('settings.dataFile')}</Table.Th>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{info.dataFile}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('settings.version')}</Table.Th>
                  <Table.Td>{info.version}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
        )}
      </Stack>
    </>
  );
}
