import { useState } from 'react';
import { Checkbox, Grid, Group, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { z } from 'zod';
import type { PostcodeBoxesSchema, RunRequestInput, RunSourceInput } from '../../../../shared/contract/mailings.contract';
import { useCall } from '../../api/use-call';
import { ContentOptions } from './ContentOptions';
import { OutputBar } from './OutputBar';
import { PreviewPane } from './PreviewPane';
import { RunOptions } from './RunOptions';
import { Section } from './Section';
import { SourcePicker } from './SourcePicker';
import { useMailingsTranslation } from './mailings-i18n';
import { useRunState } from './use-run-state';

type Boxes = z.output<typeof PostcodeBoxesSchema>;
type Region = 'ISO' | 'US' | 'CN';

/**
 * Envelopes, one per contact: a catalogue size or an own one, the recipient block where the
 * region's convention puts it (inside the window if it has one; Chinese envelopes with the
 * postcode in the boxes, adjustable, and the sender bottom right), return address, feed.
 */
export function EnvelopesPanel({ initialSource, onPrinted }: { initialSource?: RunSourceInput; onPrinted: () => void }) {
  const { t } = useMailingsTranslation();
  const catalogue = useCall('mailings.catalogue', {}, 'catalogue');
  const settings = useCall('mailings.settings.get', {}, 'mailing-settings');
  const run = useRunState(initialSource);
  const [envelopeId, setEnvelopeId] = useState<string>('iso-dl');
  const [custom, setCustom] = useState<{ widthMm: number; heightMm: number; region: Region }>({ widthMm: 220, heightMm: 110, region: 'ISO' });
  const [inWindow, setInWindow] = useState(false);
  const [returnAddress, setReturnAddress] = useState(true);
  const [feed, setFeed] = useState<'long-edge' | 'short-edge'>('long-edge');
  const [boxes, setBoxes] = useState<Boxes | null>(null);
  const envelopes = catalogue.data?.envelopes ?? [];
  const envelope = envelopes.find((e) => e.id === envelopeId);
  const hasWindow = !!catalogue.data?.windows.some((w) => w.envelope === envelopeId);
  const region: Region = envelopeId === 'custom' ? custom.region : (envelope?.regions[0] ?? 'ISO');
  const shownBoxes = boxes ?? settings.data?.postcodeBoxes ?? null;
  const request: RunRequestInput | null = run.source
    ? {
        name: run.meta.name,
        source: run.source,
        document: {
          kind: 'envelopes',
          envelopeId,
          customSize: envelopeId === 'custom' ? custom : undefined,
          window: inWindow && hasWindow,
          returnAddress,
          feed,
          postcodeBoxes: region === 'CN' && boxes ? boxes : undefined,
        },
        content: run.content,
        choices: run.choices,
        printer: run.meta.printer,
      }
    : null;
  const regions = (['ISO', 'US', 'CN'] as const).map((r) => ({ group: t(`documents.regions.${r}`), items: envelopes.filter((e) => e.regions[0] === r).map((e) => ({ value: e.id, label: `${e.name} · ${e.widthMm} × ${e.heightMm} mm` })) }));
  const box = (key: keyof Boxes, label: string) => (
    <NumberInput
      label={label}
      min={0}
      step={0.5}
      decimalScale={1}
      value={shownBoxes?.[key] ?? 0}
      onChange={(v) => shownBoxes && setBoxes({ ...shownBoxes, [key]: Number(v) || 0 })}
    />
  );
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Section title={t('mailings.source.title')}>
            <SourcePicker value={run.source} onChange={run.setSource} initial={initialSource} />
          </Section>
          <Section title={t('mailings.envelope.title')}>
            <Stack gap="xs">
              <Select
                label={t('mailings.envelope.size')}
                allowDeselect={false}
                data={[...regions, { group: t('mailings.envelope.custom'), items: [{ value: 'custom', label: t('mailings.envelope.custom') }] }]}
                value={envelopeId}
                onChange={(v) => v && setEnvelopeId(v)}
              />
              {envelopeId === 'custom' && (
                <SimpleGrid cols={3}>
                  <NumberInput label={t('mailings.envelope.width')} min={50} max={500} value={custom.widthMm} onChange={(v) => setCustom({ ...custom, widthMm: Number(v) || 220 })} />
                  <NumberInput label={t('mailings.envelope.height')} min={50} max={500} value={custom.heightMm} onChange={(v) => setCustom({ ...custom, heightMm: Number(v) || 110 })} />
                  <Select
                    label={t('mailings.envelope.region')}
                    allowDeselect={false}
                    data={(['ISO', 'US', 'CN'] as const).map((r) => ({ value: r, label: t(`documents.regions.${r}`) }))}
                    value={custom.region}
                    onChange={(v) => setCustom({ ...custom, region: (v as Region) ?? 'ISO' })}
                  />
                </SimpleGrid>
              )}
              {hasWindow ? (
                <Checkbox label={t('mailings.envelope.window')} checked={inWindow} onChange={(e) => setInWindow(e.currentTarget.checked)} />
              ) : (
                region !== 'CN' && (
                  <Text size="xs" c="dimmed">
                    {t('mailings.envelope.noWindow')}
                  </Text>
                )
              )}
              <Checkbox label={t('mailings.envelope.returnAddress')} checked={returnAddress} onChange={(e) => setReturnAddress(e.currentTarget.checked)} />
              <Select
                label={t('mailings.envelope.feed')}
                allowDeselect={false}
                data={(['long-edge', 'short-edge'] as const).map((f) => ({ value: f, label: t(`mailings.envelope.feeds.${f}`) }))}
                value={feed}
                onChange={(v) => setFeed(v === 'short-edge' ? 'short-edge' : 'long-edge')}
              />
              {region === 'CN' && shownBoxes && (
                <>
                  <Text size="sm" fw={500}>
                    {t('mailings.envelope.boxes')}
                  </Text>
                  <SimpleGrid cols={3}>
                    {box('xMm', t('mailings.envelope.boxesX'))}
                    {box('yMm', t('mailings.envelope.boxesY'))}
                    {box('gapMm', t('mailings.envelope.boxGap'))}
                    {box('boxWidthMm', t('mailings.envelope.boxW'))}
                    {box('boxHeightMm', t('mailings.envelope.boxH'))}
                  </SimpleGrid>
                </>
              )}
            </Stack>
          </Section>
          <Section title={t('mailings.content.title')}>
            <ContentOptions value={run.content} onChange={run.setContent} />
          </Section>
          <Section title={t('mailings.run.title')}>
            <RunOptions meta={run.meta} onMeta={run.setMeta} choices={run.choices} onChoices={run.setChoices} />
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm">
          <Group justify="flex-end">
            <OutputBar command={request ? { ...request, staffId: run.meta.staffId } : null} title={run.meta.name || envelope?.name || 'envelopes'} onDone={onPrinted} />
          </Group>
          <PreviewPane request={request} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
