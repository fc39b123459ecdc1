import { describe, expect, it } from 'vitest';
import { formatLocale } from '../../../src/shared/i18n/format-locale';
import { translator } from '../../../src/shared/i18n/translate';
import { letterDate } from '../../../src/shared/documents/merge-fields';
import { listSeparator } from '../../../src/shared/import-export/list-separator';
import { defaultSettings } from '../../../src/main/core/settings/settings.service';
import { dispatch } from '../../../src/main/core/rpc/dispatch';
import { seedDatabase } from '../../../src/main/seed/seed';
import { tempBackend } from '../support/temp-backend';
import { dateOrderOf, datePattern, readDate, showDate } from '../../../src/shared/i18n/date-text';

const DAY = new Date(Date.UTC(2026, 11, 6, 12));
const short = (formats: string) => new Intl.DateTimeFormat(formats, { dateStyle: 'short', timeZone: 'UTC' }).format(DAY);
const number = (formats: string) => new Intl.NumberFormat(formats).format(1234567.5);

describe('dates and numbers are written as the office’s country writes them, in the screen’s language', () => {
  it('an English screen in a British office writes the day first; in a German one a decimal comma', () => {
    expect(short(formatLocale('en', 'GB'))).toBe('06/12/2026');
    expect(number(formatLocale('en', 'GB'))).toBe('1,234,567.5');
    expect(short(formatLocale('en', 'US'))).toBe('12/6/26');
    expect(number(formatLocale('en', 'DE'))).toBe('1.234.567,5');
    expect(new Intl.DateTimeFormat(formatLocale('en', 'DE'), { dateStyle: 'medium', timeZone: 'UTC' }).format(DAY)).toBe('6 Dec 2026');
  });

  it('a Chinese screen keeps its own formats in China and takes Singapore’s there', () => {
    expect(formatLocale('zh-CN', 'CN')).toBe('zh-CN');
    expect(short(formatLocale('zh-CN', 'CN'))).toBe('2026/12/6');
    expect(short(formatLocale('zh-CN', 'SG'))).toBe('06/12/26');
  });

  it('falls back to the language where Intl knows no such pairing, or no country is set', () => {
    expect(formatLocale('en', 'CN')).toBe('en');
    expect(formatLocale('zh-CN', 'US')).toBe('zh-CN');
    expect(formatLocale('en', undefined)).toBe('en');
    expect(formatLocale('en', 'not a country')).toBe('en');
  });

  it('counts in the services’ messages are grouped as the screens group them', () => {
    expect(translator('en', formatLocale('en', 'DE'))('contacts.undoLabels.trash', { count: 12345 })).toBe('Move 12.345 contacts to the trash');
    expect(translator('en', formatLocale('en', 'GB'))('contacts.undoLabels.trash', { count: 12345 })).toBe('Move 12,345 contacts to the trash');
    expect(translator('en')('contacts.undoLabels.trash', { count: 12345 })).toBe('Move 12,345 contacts to the trash');
  });

  it('a letter’s date is written as the sender’s country writes it, else the international way', () => {
    expect(letterDate(DAY, 'en', 'UTC', 'US')).toBe('December 6, 2026');
    expect(letterDate(DAY, 'en', 'UTC', 'GB')).toBe('6 December 2026');
    expect(letterDate(DAY, 'en', 'UTC', 'CN')).toBe('6 December 2026');
    expect(letterDate(DAY, 'en', 'UTC')).toBe('6 December 2026');
    expect(letterDate(DAY, 'zh-CN', 'UTC', 'CN')).toBe('2026年12月6日');
  });

  it('a CSV export is split where the office’s spreadsheets split it: semicolons where numbers have a decimal comma', () => {
    expect(listSeparator(formatLocale('en', 'DE'))).toBe(';');
    expect(listSeparator(formatLocale('en', 'FR'))).toBe(';');
    expect(listSeparator(formatLocale('en', 'GB'))).toBe(',');
    expect(listSeparator(formatLocale('zh-CN', 'CN'))).toBe(',');
    expect(listSeparator(formatLocale('en', 'CH'))).toBe(',');
  });

  it('the office’s country defaults to the system’s regional format, not its language', () => {
    // An English (US) Windows set to the UK's formats.
    expect(defaultSettings('en-US', 'en-GB').defaultCountry).toBe('GB');
    expect(defaultSettings('en-US', 'en_GB').defaultCountry).toBe('GB');
    // A region that is no country falls back to the language's.
    expect(defaultSettings('de-DE', 'es-419').defaultCountry).toBe('DE');
    expect(defaultSettings('zh-Hans', undefined).defaultCountry).toBe('CN');
    expect(defaultSettings('en', 'en-XX').defaultCountry).toBe('US');
  });
});

describe('a call’s formats reach the messages its service writes', () => {
  it('an undo label counts 1.234 contacts for an English screen in a German office, and a bad formats value is ignored', async () => {
    const b = await tempBackend();
    try {
      await seedDatabase(b.ctx, { contacts: 1234 });
      const ids = b.connection.sqlite.prepare('select id from contacts where deleted_at is null order by id limit 1234').pluck().all() as number[];
      expect(ids).toHaveLength(1234);
      const trash = await dispatch(b.base, { method: 'contacts.trash', input: { ids }, locale: 'en', formats: 'en-DE' });
      expect(trash.ok).toBe(true);
      const restore = await dispatch(b.base, { method: 'contacts.restore', input: { ids }, locale: 'en', formats: '$$ not a locale' });
      expect(restore.ok).toBe(true);
      const labels = (await b.value('undo.list', { limit: 2 })).map((u) => u.label);
      expect(labels).toEqual(['Restore 1,234 contacts', 'Move 1.234 contacts to the trash']);
    } finally {
      await b.dispose();
    }
  });
});

describe('a date is typed on the contact form as the office writes it', () => {
  it('reads 31/12/1980 in Britain, 12/31/1980 in the US and 1980/12/31 in China, and ISO anywhere', () => {
    expect(readDate('31/12/1980', formatLocale('en', 'GB'))).toBe('1980-12-31');
    expect(readDate('12/31/1980', formatLocale('en', 'US'))).toBe('1980-12-31');
    expect(readDate('1980/12/31', formatLocale('zh-CN', 'CN'))).toBe('1980-12-31');
    expect(readDate('1980年12月31日', formatLocale('zh-CN', 'CN'))).toBe('1980-12-31');
    expect(readDate('1980-12-31', formatLocale('en', 'GB'))).toBe('1980-12-31');
    expect(readDate('31.12.80', formatLocale('en', 'CH'))).toBe('1980-12-31');
    expect(readDate('  ', 'en-GB')).toBe('');
  });

  it('hands on what is no date as typed, for the service to say so, and never reads a number as an Excel date', () => {
    expect(readDate('31/02/1980', 'en-GB')).toBe('31/02/1980');
    expect(readDate('29221', 'en-GB')).toBe('29221');
  });

  it('shows a stored date and the pattern to type it in the office’s order, in the screen’s words', () => {
    expect(showDate('1980-12-31', formatLocale('en', 'GB'))).toBe('31/12/1980');
    expect(showDate('1980-12-31', formatLocale('en', 'US'))).toBe('12/31/1980');
    expect(showDate('not a date', 'en-GB')).toBe('not a date');
    expect(datePattern(formatLocale('en', 'GB'), { day: 'DD', month: 'MM', year: 'YYYY' })).toBe('DD/MM/YYYY');
    expect(datePattern(formatLocale('en', 'CH'), { day: 'DD', month: 'MM', year: 'YYYY' })).toBe('DD.MM.YYYY');
    expect(datePattern(formatLocale('zh-CN', 'CN'), { day: '日', month: '月', year: '年' })).toBe('年/月/日');
    expect(dateOrderOf(formatLocale('en', 'US'))).toBe('mdy');
  });
});
