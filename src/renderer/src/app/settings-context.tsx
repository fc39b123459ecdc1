import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract/settings.contract';
import { pickLocale } from '../../../shared/i18n';
import { formatLocale } from '../../../shared/i18n/format-locale';
import { call, setApiLocale } from '../api/client';
import { setOfficeCountry } from '../i18n/formats';

interface SettingsState {
  settings: Settings | undefined;
  update: (patch: Partial<Settings>) => Promise<Settings>;
  /** Reads the settings again, after something other than `update` changed them (a restore). */
  reload: () => Promise<void>;
}

const SettingsContext = createContext<SettingsState | null>(null);

/** Loads the office's settings once and applies language, formats and theme to the whole app. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>();
  const { i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  // Mantine returns a new setColorScheme on every render; depending on it would re-run the load effect forever.
  const setScheme = useRef(setColorScheme);
  useEffect(() => {
    setScheme.current = setColorScheme;
  });

  const apply = useCallback(
    (s: Settings) => {
      const locale = s.locale ?? pickLocale(navigator.languages);
      setApiLocale(locale, formatLocale(locale, s.defaultCountry));
      // Before the language is applied: changing it re-renders every screen, which then writes
      // its numbers and dates as the office's country does.
      setOfficeCountry(s.defaultCountry);
      void i18n.changeLanguage(locale);
      document.documentElement.lang = locale;
      setScheme.current(s.theme);
      setSettings(s);
    },
    [i18n],
  );

  // Once at start: the office's settings decide the language and theme.
  useEffect(() => {
    setApiLocale(i18n.language);
    call('settings.get', {}).then(apply, () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the language is applied by `apply`, not a reason to reload
  }, [apply]);

  const update = useCallback(
    async (patch: Partial<Settings>) => {
      const next = await call('settings.update', patch);
      apply(next);
      return next;
    },
    [apply],
  );

  const reload = useCallback(async () => apply(await call('settings.get', {})), [apply]);

  const value = useMemo(() => ({ settings, update, reload }), [settings, update, reload]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const ctx = useContext(SettingsContext);
  if (!ctx) throw new Error('useSettings outside SettingsProvider');
  return ctx;
}
