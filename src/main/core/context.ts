import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { Sqlite } from './db/connection';
import type { Locale } from '../../shared/contract/settings.contract';

/** What every service function receives: the database and who is asking, in which language. */
export interface ServiceContext {
  db: Kysely<DB>;
  sqlite: Sqlite;
  locale: Locale;
  /** The locale numbers in messages are written in (formatLocale, e.g. "en-DE"); the language's own when not given. */
  formats?: string;
  /** The operating system's language tag (e.g. "de-DE"), for the default language. */
  systemLocale: string;
  /**
   * The operating system's regional format (e.g. "en-GB" on an English Windows set to the UK's
   * formats), for the office's default country; the language tag's region when not known.
   */
  systemRegion?: string;
  dataFile: string;
  mode: 'desktop' | 'browser';
  now(): Date;
}

export const isoNow = (ctx: Pick<ServiceContext, 'now'>) => ctx.now().toISOString();
