import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { Sqlite } from './db/connection';
import type { Locale } from '../../shared/contract/settings.contract';

/** What every service function receives: the database and who is asking, in which language. */
export interface ServiceContext {
  db: Kysely<DB>;
  sqlite: Sqlite;
  locale: Locale;
  /** The operating system's locale tag (e.g. "de-DE"), for defaults such as the phone country. */
  systemLocale: string;
  dataFile: string;
  mode: 'desktop' | 'browser';
  now(): Date;
}

export const isoNow = (ctx: Pick<ServiceContext, 'now'>) => ctx.now().toISOString();
