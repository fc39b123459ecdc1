import { Tabs } from '@mantine/core';
import { useLocation } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { ExportPanel } from './ExportPanel';
import { ImportFlow } from './ImportFlow';
import { ImportHistory } from './ImportHistory';
import { useImportsTranslation } from './strings';

const TABS = { import: '/import', history: '/import/history', export: '/export' } as const;
type Tab = keyof typeof TABS;

const tabOf = (location: string): Tab => (location.startsWith('/export') ? 'export' : location.startsWith('/import/history') ? 'history' : 'import');

/**
 * "Import & export": the import flow (/import), the history of imports with their undo
 * (/import/history) and the exports (/export, also reached from the contacts list with its view).
 */
export function ImportExportPage() {
  const { t } = useImportsTranslation();
  const [location, navigate] = useLocation();
  const tab = tabOf(location);
  return (
    <>
      <PageHeader title={t('imports.title')} />
      <Tabs value={tab} onChange={(v) => v && navigate(TABS[v as Tab])} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="import">{t('imports.tabs.import')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('imports.tabs.history')}</Tabs.Tab>
          <Tabs.Tab value="export">{t('imports.tabs.export')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="import">
          <ImportFlow />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <ImportHistory />
        </Tabs.Panel>
        <Tabs.Panel value="export">
          <ExportPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
