import { useState } from 'react';
import { ActionIcon, Button, FileButton, Grid, Group, Image, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { MailingSettings } from '../../../../shared/contract/mailings.contract';
import { COUNTRY_CODES } from '../../../../shared/geo/country-codes';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { notifyError, notifySuccess } from '../../components/notify';
import { deliver, isDesktop, tabForPrint, type Action } from './deliver';
import { defaultPaper } from './letter-defaults';
import { Section } from './Section';
import { useMailingsTranslation } from './mailings-i18n';

const MAX_IMAGE = 1_500_000;

const readDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

function ImagePicker({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const { t } = useMailingsTranslation();
  const pick = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_IMAGE) return notifyError(new Error(t('mailings.setup.imageTooLarge')));
    onChange(await readDataUrl(file));
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs">
        {value && <Image src={value} alt={label} h={40} w="auto" fit="contain" />}
        <FileButton onChange={(f) => void pick(f)} accept="image/png,image/jpeg,image/svg+xml,image/gif,image/webp">
          {(props) => (
            <Button size="compact-sm" variant="light" {...props}>
              {t('mailings.setup.chooseImage')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => onChange('')}>
            {t('mailings.setup.removeImage')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

const lines = (text: string) => text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim());

/** Letterhead (logo, sender, lines, footer, signature), letter paper, household names and per-printer calibration. */
export function SetupPanel() {
  const loaded = useCall('mailings.settings.get', {}, 'mailing-settings');
  return loaded.data ? <SetupForm initial={loaded.data} onSaved={loaded.reload} /> : null;
}

function SetupForm({ initial, onSaved }: { initial: MailingSettings; onSaved: () => void }) {
  const { t, i18n } = useMailingsTranslation();
  const general = useCall('settings.get', {}, 'settings');
  const [s, setS] = useState<MailingSettings>(initial);
  const [contactText, setContactText] = useState(initial.letterhead.contactLines.join('\n'));
  const [footerText, setFooterText] = useState(initial.letterhead.footerLines.join('\n'));
  const head = s.letterhead;
  const setHead = (patch: Partial<MailingSettings['letterhead']>) => setS({ ...s, letterhead: { ...head, ...patch } });
  const setAddress = (patch: Partial<MailingSettings['letterhead']['address']>) => setHead({ address: { ...head.address, ...patch } });
  const regionNames = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const countries = COUNTRY_CODES.map((c) => ({ value: c, label: `${regionNames.of(c) ?? c} (${c})` }));
  const save = async () => {
    try {
      const next = await call('mailings.settings.update', {
        letterhead: { ...head, contactLines: lines(contactText), footerLines: lines(footerText) },
        calibrations: s.calibrations.filter((c) => c.printer.trim()),
        householdTemplates: s.householdTemplates,
        letterPaper: s.letterPaper,
        postcodeBoxes: s.postcodeBoxes,
      });
      setS(next);
      notifySuccess(t('mailings.setup.saved'));
      onSaved();
    } catch (err) {
      notifyError(err);
    }
  };
  const testPage = async (action: Action) => {
    const tab = tabForPrint(action);
    try {
      const paper = defaultPaper(s.letterPaper, general.data?.defaultCountry);
      const result = await call('mailings.calibrationSheet', { paper, output: isDesktop() ? 'html' : 'pdf' });
      await deliver(result, action, t('documents.calibration.title'), tab);
    } catch (err) {
      tab?.close();
      notifyError(err);
    }
  };
  const autoPaper = defaultPaper(null, general.data?.defaultCountry);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Section title={t('mailings.setup.letterhead')}>
          <Stack gap="xs">
            <TextInput label={t('mailings.setup.senderName')} value={head.senderName} onChange={(e) => setHead({ senderName: e.currentTarget.value })} />
            <Textarea label={t('mailings.setup.street')} autosize minRows={1} value={head.address.street} onChange={(e) => setAddress({ street: e.currentTarget.value })} />
            <SimpleGrid cols={2}>
              <TextInput label={t('mailings.setup.postcode')} value={head.address.postcode} onChange={(e) => setAddress({ postcode: e.currentTarget.value })} />
              <TextInput label={t('mailings.setup.city')} value={head.address.city} onChange={(e) => setAddress({ city: e.currentTarget.value })} />
              <TextInput label={t('mailings.setup.region')} value={head.address.region} onChange={(e) => setAddress({ region: e.currentTarget.value })} />
              <Select label={t('mailings.setup.country')} searchable clearable data={countries} value={head.address.country || null} onChange={(v) => setAddress({ country: v ?? '' })} />
            </SimpleGrid>
            <Textarea label={t('mailings.setup.contactLines')} autosize minRows={2} value={contactText} onChange={(e) => setContactText(e.currentTarget.value)} />
            <Textarea label={t('mailings.setup.footerLines')} autosize minRows={2} value={footerText} onChange={(e) => setFooterText(e.currentTarget.value)} />
            <SimpleGrid cols={2}>
              <ImagePicker label={t('mailings.setup.logo')} value={head.logoDataUrl} onChange={(v) => setHead({ logoDataUrl: v })} />
              <ImagePicker label={t('mailings.setup.signature')} value={head.signatureDataUrl} onChange={(v) => setHead({ signatureDataUrl: v })} />
            </SimpleGrid>
            <Select
              label={t('mailings.setup.letterPaper')}
              allowDeselect={false}
              data={[
                { value: 'auto', label: t('mailings.setup.letterPaperAuto', { paper: autoPaper }) },
                { value: 'A4', label: 'A4' },
                { value: 'Letter', label: 'Letter' },
              ]}
              value={s.letterPaper ?? 'auto'}
              onChange={(v) => setS({ ...s, letterPaper: v === 'A4' || v === 'Letter' ? v : null })}
            />
            <Text size="sm" fw={500}>
              {t('mailings.setup.households')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('mailings.setup.householdHint', { family: '{{family}}' })}
            </Text>
            <SimpleGrid cols={3}>
              {(['en', 'de', 'zh'] as const).map((lang) => (
                <TextInput
                  key={lang}
                  label={lang.toUpperCase()}
                  value={s.householdTemplates[lang]}
                  onChange={(e) => setS({ ...s, householdTemplates: { ...s.householdTemplates, [lang]: e.currentTarget.value } })}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Section>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Section title={t('mailings.setup.calibration')}>
            <Stack gap="xs">
              <Text size="sm">{t('mailings.setup.calibrationHint')}</Text>
              <Group gap="xs">
                <Button size="compact-sm" variant="light" onClick={() => void testPage('print')}>
                  {t('mailings.setup.testPage')}
                </Button>
                <Button size="compact-sm" variant="subtle" onClick={() => void testPage('pdf')}>
                  {t('mailings.setup.testPagePdf')}
                </Button>
              </Group>
              {s.calibrations.map((c, i) => {
                const setC = (patch: Partial<typeof c>) => setS({ ...s, calibrations: s.calibrations.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
                    <TextInput style={{ flex: 2 }} label={t('mailings.setup.printer')} value={c.printer} onChange={(e) => setC({ printer: e.currentTarget.value })} />
                    <NumberInput style={{ flex: 1 }} label={t('mailings.setup.shiftX')} step={0.1} decimalScale={1} min={-50} max={50} value={c.xMm} onChange={(v) => setC({ xMm: Number(v) || 0 })} />
                    <NumberInput style={{ flex: 1 }} label={t('mailings.setup.shiftY')} step={0.1} decimalScale={1} min={-50} max={50} value={c.yMm} onChange={(v) => setC({ yMm: Number(v) || 0 })} />
                    <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('common.remove')} onClick={() => setS({ ...s, calibrations: s.calibrations.filter((_, j) => j !== i) })}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                );
              })}
              <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setS({ ...s, calibrations: [...s.calibrations, { printer: '', xMm: 0, yMm: 0 }] })}>
                {t('mailings.setup.addPrinter')}
              </Button>
            </Stack>
          </Section>
          <Group justify="flex-end">
            <Button onClick={() => void save()}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
