import type { ReactNode } from 'react';
import { AppShell, Group, NavLink, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NAV_ITEMS } from './navigation';
import { SearchButton } from '../features/search/SearchButton';

/** The frame of every screen: the app's name on top, the areas on the left. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={4}>{t('app.name')}</Title>
          <SearchButton />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.mainNavigation')}>
        {NAV_ITEMS.map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            href={item.path}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={[item.path, ...(item.also ?? [])].some((p) => location === p || location.startsWith(`${p}/`))}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
