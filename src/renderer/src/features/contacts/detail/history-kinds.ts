import {
  IconAlertCircle,
  IconCalendarEvent,
  IconHistory,
  IconMail,
  IconMailbox,
  IconNote,
  IconPhone,
  IconWalk,
  type Icon,
} from '@tabler/icons-react';
import { createElement, type ReactElement } from 'react';
import type { TFunction } from 'i18next';

const ICONS: Record<string, Icon> = {
  note: IconNote,
  call: IconPhone,
  visit: IconWalk,
  email: IconMail,
  letter: IconMailbox,
  appointment: IconCalendarEvent,
  complaint: IconAlertCircle,
};

/** The icon of a timeline entry; kinds added by later areas get a generic one until they bring theirs. */
export const historyIcon = (kind: string, size = 16): ReactElement => createElement(ICONS[kind] ?? IconHistory, { size });

/** The name of a kind in the reader's language; an unknown kind shows as stored, e.g. "quote". */
export const historyKindName = (kind: string, t: TFunction): string =>
  t(`contacts.historyKinds.${kind}`, { defaultValue: kind.replace(/[_-]+/g, ' ') });
