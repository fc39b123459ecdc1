import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { theme } from './theme';
import { SettingsProvider } from './settings-context';
import { Layout } from './Layout';
import { AppRoutes } from './AppRoutes';
import { GlobalSearch } from '../features/search/GlobalSearch';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <SettingsProvider>
        <Router hook={useHashLocation}>
          <GlobalSearch />
          <Layout>
            <AppRoutes />
          </Layout>
        </Router>
      </SettingsProvider>
    </MantineProvider>
  );
}
