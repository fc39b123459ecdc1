import { useState } from 'react';
import { Button, Checkbox, Grid, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { RunRequestInput, RunSourceInput } from '../../../../shared/contract/mailings.contract';
import { useCall } from '../../api/use-call';
import { OutputBar } from './OutputBar';
import { PreviewPane } from './PreviewPane';
import { RunOptions } from './RunOptions';
import { Section } from './Section';
import { SourcePicker } from './SourcePicker';
import { TemplateForm, type TemplateDraft } from './TemplateForm';
import { defaultPaper, formForPaper, starterBody } from './letter-defaults';
import { useMailingsTranslation } from './mailings-i18n';
import { useRunState } from './use-run-state';

/**
 * Letters: templates written in the rich-text editor with merge fields, laid out for window
 * envelopes (DIN 5008 A/B on A4, US #10 on Letter), run over a list into one PDF and one print
 * job with a letter per contact.
 */
export function LettersPanel({ initialSource, onPrinted }: { initialSource?: RunSourceInput; onPrinted: () => void }) {
  const { t, i18n } = useMailingsTranslation();
  const templates = useCall('mailings.templates.list', {}, 'templates');
  const general = useCall('settings.get', {}, 'settings');
  const mailing = useCall('mailings.settings.get', {}, 'mailing-settings');
  const run = useRunState(initialSource);
  const [templateId, setTemplateId] = useState<number | 'new' | null>(null);
  const [foldMarks, setFoldMarks] = useState(true);
  const list = templates.data ?? [];
  const chosen = typeof templateId === 'number' ? list.find((x) => x.id === templateId) : undefined;
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const blank: TemplateDraft = {
    name: '',
    language,
    form: formForPaper(defaultPaper(mailing.data?.letterPaper, general.data?.defaultCountry)),
    subject: '',
    html: starterBody(language),
  };
  const request: RunRequestInput | null =
    chosen && run.source
      ? { name: run.meta.name, source: run.source, document: { kind: 'letters', templateId: chosen.id, foldMarks }, choices: run.choices, printer: run.meta.printer }
      : null;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="md">
          <Section title={t('mailings.letters.templates')}>
            <Stack gap="xs">
              <Group align="flex-end" wrap="nowrap">
                <Select
                  style={{ flex: 1 }}
                  label={t('mailings.letters.chooseTemplate')}
                  data={list.map((x) => ({ value: String(x.id), label: x.name }))}
                  value={typeof templateId === 'number' ? String(templateId) : null}
                  onChange={(v) => setTemplateId(v ? Number(v) : null)}
                />
                <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setTemplateId('new')}>
                  {t('mailings.letters.newTemplate')}
                </Button>
              </Group>
              {list.length === 0 && templateId !== 'new' && <Text c="dimmed">{t('mailings.letters.noTemplates')}</Text>}
              {(templateId === 'new' || chosen) && (
                <TemplateForm
                  key={chosen ? `${chosen.id}:${chosen.updatedAt}` : 'new'}
                  id={chosen?.id}
                  initial={chosen ?? blank}
                  onSaved={(saved) => {
                    templates.reload();
                    setTemplateId(saved.id);
                  }}
                  onDeleted={() => {
                    templates.reload();
                    setTemplateId(null);
                  }}
                />
              )}
            </Stack>
          </Section>
          <Section title={t('mailings.source.title')}>
            <SourcePicker value={run.source} onChange={run.setSource} initial={initialSource} />
          </Section>
          <Section title={t('mailings.run.title')}>
            <Stack gap="xs">
              <RunOptions meta={run.meta} onMeta={run.setMeta} choices={run.choices} onChoices={run.setChoices} />
              <Checkbox label={t('mailings.letters.foldMarks')} checked={foldMarks} onChange={(e) => setFoldMarks(e.currentTarget.checked)} />
            </Stack>
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm">
          <Group justify="flex-end">
            <OutputBar command={request ? { ...request, staffId: run.meta.staffId } : null} title={run.meta.name || chosen?.name || 'letters'} onDone={onPrinted} />
          </Group>
          <PreviewPane request={request} refreshKey={chosen?.updatedAt ?? ''} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
