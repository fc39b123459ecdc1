import { useState } from 'react';
import { Tabs } from '@mantine/core';
import { useLocation, useSearch } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { EnvelopesPanel } from './EnvelopesPanel';
import { LabelsPanel } from './LabelsPanel';
import { LettersPanel } from './LettersPanel';
import { RunsPanel } from './RunsPanel';
import { SetupPanel } from './SetupPanel';
import { sourceFromSearch } from './run-source';
import { useMailingsTranslation } from './mailings-i18n';

const TABS = ['labels', 'envelopes', 'letters', 'runs', 'setup'] as const;
export type DocumentsTab = (typeof TABS)[number];

/**
 * Letters & labels: one page with a tab per kind of mailing, the log of what was sent, and the
 * letterhead and printer calibration. `/documents/<tab>?ids=…|contact=…|group=…|query=…`
 * opens ready for those recipients.
 */
export function DocumentsPage({ tab }: { tab?: string }) {
  const { t } = useMailingsTranslation();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [initialSource] = useState(() => sourceFromSearch(search));
  const [version, setVersion] = useState(0);
  const current: DocumentsTab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as DocumentsTab) : 'labels';
  const printed = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeader title={t('mailings.title')} />
      <Tabs value={current} onChange={(v) => v && navigate(`/documents/${v}${search ? `?${search}` : ''}`)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`mailings.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="labels">
          <LabelsPanel initialSource={initialSource} onPrinted={printed} />
        </Tabs.Panel>
        <Tabs.Panel value="envelopes">
          <EnvelopesPanel initialSource={initialSource} onPrinted={printed} />
        </Tabs.Panel>
        <Tabs.Panel value="letters">
          <LettersPanel initialSource={initialSource} onPrinted={printed} />
        </Tabs.Panel>
        <Tabs.Panel value="runs">
          <RunsPanel version={version} />
        </Tabs.Panel>
        <Tabs.Panel value="setup">
          <SetupPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
