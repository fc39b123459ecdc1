import type { Migration } from 'kysely/migration';
import * as m001 from './2026-11-23-001-foundation';
import * as m002 from './2026-11-23-002-contacts-file';
import * as m009 from './2026-11-23-009-imports';
import * as m010 from './2026-11-23-010-mailings';
import * as m011 from './2026-12-06-011-prefix-tokens';
import * as m012 from './2026-12-07-012-sale-reference';
import * as m013 from './2026-12-07-013-ignored-rows';

/**
 * Every migration, imported explicitly so they survive bundling. Names sort by date;
 * append new ones at the end and never edit a released one.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-23-001-foundation': m001,
  '2026-11-23-002-contacts-file': m002,
  '2026-11-23-009-imports': m009,
  '2026-11-23-010-mailings': m010,
  '2026-12-06-011-prefix-tokens': m011,
  '2026-12-07-012-sale-reference': m012,
  '2026-12-07-013-ignored-rows': m013,
};
