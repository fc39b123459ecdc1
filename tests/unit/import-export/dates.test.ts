import { describe, expect, it } from 'vitest';
import { detectDateOrder, excelSerialToIso, looksLikeDate, parseDate } from '../../../src/shared/import-export';

describe('reading dates', () => {
  it('reads ISO, Chinese (日 or 号, full-width digits too), compact and month-name dates without asking', () => {
    expect(parseDate('1980-03-15', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('1980/3/5', null)).toEqual({ ok: true, iso: '1980-03-05' });
    expect(parseDate('1980年3月15日', null)).toEqual({ ok: true, iso: '1980-03-15' });
    // 号 is how 日 is said and often typed.
    expect(parseDate('1980年3月15号', null)).toEqual({ ok: true, iso: '1980-03-15' });
    // Full-width digits, as a Chinese input method types them.
    expect(parseDate('１９８０年３月１５日', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('１９８０／３／１５', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('19800315', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('15 Mar 1980', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('March 15, 1980', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('1980-03-15 00:00:00', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('1980-03-15T10:30:00Z', null)).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate(' 1980-03-15 ', null)).toEqual({ ok: true, iso: '1980-03-15' });
  });

  it('reads a long date with its day of the week and a date with its time of day, as Excel and WPS write them (2026年3月9日星期一, Monday, March 9, 2026, 下午 3:00)', () => {
    const day = { ok: true, iso: '2026-03-09' };
    for (const written of ['2026年3月9日星期一', '2026年3月9日 星期一', '2026/3/9（周一）', 'Monday, March 9, 2026', 'Mon, Mar 9, 2026', 'Montag, 9. März 2026', 'lundi 9 mars 2026', '2026-3-9 下午 3:00', '2026/3/9 上午10:30:00', '2026/3/9 3:00 PM']) {
      expect(parseDate(written, null), written).toEqual(day);
    }
    // A word before a date that is no day of the week is no date.
    expect(parseDate('Soon, March 9, 2026', null)).toEqual({ ok: false, reason: 'notADate' });
  });

  it('detects day-first and month-first columns from the values that can only be read one way', () => {
    expect(detectDateOrder(['15/03/1980', '01/02/1990'])).toBe('dmy');
    expect(detectDateOrder(['5/7/1975', '12/31/1982'])).toBe('mdy');
    expect(detectDateOrder(['1980-03-15', ''])).toBe('ymd');
    expect(detectDateOrder(['n/a', ''])).toBe('none');
  });

  it('reports a column that reads both ways as ambiguous, and one whose rows disagree as mixed', () => {
    expect(detectDateOrder(['03/04/1980', '01/02/1990'])).toBe('ambiguous');
    expect(parseDate('03/04/1980', null)).toEqual({ ok: false, reason: 'ambiguousDate' });
    expect(parseDate('03/04/1980', 'dmy')).toEqual({ ok: true, iso: '1980-04-03' });
    expect(parseDate('03/04/1980', 'mdy')).toEqual({ ok: true, iso: '1980-03-04' });
    expect(detectDateOrder(['13/01/1980', '01/13/1980'])).toBe('mixed');
  });

  it('reads dates written with dots as day-first without asking, as everyone who writes them so does', () => {
    expect(detectDateOrder(['05.01.2024', '03.04.1985'])).toBe('dmy');
    expect(parseDate('05.01.2024', 'dmy')).toEqual({ ok: true, iso: '2024-01-05' });
    // One value that only reads month-first decides the other way.
    expect(detectDateOrder(['05.01.2024', '12.31.1985'])).toBe('mdy');
    // Slashes still ask.
    expect(detectDateOrder(['05/01/2024', '05.01.2024'])).toBe('dmy');
    expect(detectDateOrder(['05/01/2024'])).toBe('ambiguous');
  });

  it('reads month names and abbreviations of English, German, French, Spanish, Italian, Dutch and Portuguese', () => {
    const read = (v: string) => parseDate(v, null, { currentYear: 2026 });
    expect(['15 Mar 1980', '15. März 1980', '15 mars 1980', '15 marzo 1980', '15 maart 1980', '15 março 1980', 'March 15, 1980'].map(read)).toEqual(
      Array(7).fill({ ok: true, iso: '1980-03-15' }),
    );
    expect(['5 févr. 2024', '5 fevr 2024', '5. Dez. 2023', '5 dic 2023', '5-Jan-24'].map((v) => read(v))).toEqual([
      { ok: true, iso: '2024-02-05' },
      { ok: true, iso: '2024-02-05' },
      { ok: true, iso: '2023-12-05' },
      { ok: true, iso: '2023-12-05' },
      { ok: true, iso: '2024-01-05' },
    ]);
    expect(read('5 de enero de 2024')).toEqual({ ok: true, iso: '2024-01-05' });
    expect(read('5 Brumaire 2024')).toEqual({ ok: false, reason: 'notADate' });
  });

  it('rejects dates that are not on the calendar', () => {
    expect(parseDate('31/02/1980', 'dmy')).toEqual({ ok: false, reason: 'notADate' });
    expect(parseDate('1981-02-29', null)).toEqual({ ok: false, reason: 'notADate' });
    expect(parseDate('1980-04-31', null)).toEqual({ ok: false, reason: 'notADate' });
    expect(parseDate('1980-13-01', null)).toEqual({ ok: false, reason: 'notADate' });
    expect(parseDate('1980-0a-01', null)).toEqual({ ok: false, reason: 'notADate' });
    expect(parseDate('2000-02-29', null)).toEqual({ ok: true, iso: '2000-02-29' });
    expect(parseDate('next Tuesday', null)).toEqual({ ok: false, reason: 'notADate' });
  });

  it('says a birthday written without its year (Google, vCard 4) has no year, and gives its month and day', () => {
    expect(parseDate('--04-01', null)).toEqual({ ok: false, reason: 'dateWithoutYear', monthDay: '04-01' });
    expect(parseDate('--0401', null)).toEqual({ ok: false, reason: 'dateWithoutYear', monthDay: '04-01' });
    expect(parseDate('--02-31', null)).toEqual({ ok: false, reason: 'notADate' });
  });

  it('reads a birthday a spreadsheet keeps without its year (4月1日, April 1, 1. April, 01.04.) as a month and day', () => {
    const monthDay = (value: string, order: 'dmy' | 'mdy' | null = null) => {
      const parsed = parseDate(value, order);
      return parsed.ok ? parsed.iso : 'monthDay' in parsed ? parsed.monthDay : parsed.reason;
    };
    expect(['4月1日', '12月31号', 'April 1', 'Apr 1st', '1. April', '1 avril', '1er avril', '1 de marzo'].map((v) => monthDay(v))).toEqual(['04-01', '12-31', '04-01', '04-01', '04-01', '04-01', '04-01', '03-01']);
    // Numbers alone follow the column's order, as dates with a year do; one that reads one way only needs none.
    expect([monthDay('01.04.', 'dmy'), monthDay('04/01', 'mdy'), monthDay('13/04'), monthDay('04/01')]).toEqual(['04-01', '04-01', '04-13', 'ambiguousDate']);
    expect(detectDateOrder(['13/04', '01/02'])).toBe('dmy');
    // Not on the calendar, or no date at all.
    expect(['2月30日', '31/04', '1.4'].map((v) => monthDay(v))).toEqual(['notADate', 'notADate', 'notADate']);
  });

  it('tells a cell written as a date, on the calendar or not, from one that is no date (a year and month)', () => {
    expect(['31/02/1980', '4月1日', '--04-01', '44927', '1980-03-15'].map(looksLikeDate)).toEqual([true, true, true, true, true]);
    expect(['1985.12', '1990年3月', '1988-07', '1985', 'soon'].map(looksLikeDate)).toEqual([false, false, false, false, false]);
  });

  it('widens two-digit years into the hundred years up to now', () => {
    expect(parseDate('05/06/75', 'dmy', { currentYear: 2026 })).toEqual({ ok: true, iso: '1975-06-05' });
    expect(parseDate('05/06/19', 'dmy', { currentYear: 2026 })).toEqual({ ok: true, iso: '2019-06-05' });
    expect(parseDate('15-Mar-80', null, { currentYear: 2026 })).toEqual({ ok: true, iso: '1980-03-15' });
  });

  it('understands Excel serial dates from workbooks, but not a bare year', () => {
    expect(excelSerialToIso(29295)).toBe('1980-03-15');
    expect(parseDate('29295', null, { excelSerial: true })).toEqual({ ok: true, iso: '1980-03-15' });
    expect(parseDate('29295', null)).toEqual({ ok: false, reason: 'notADate' });
    expect(parseDate('1980', null, { excelSerial: true })).toEqual({ ok: false, reason: 'notADate' });
  });
});
