import { afterAll, describe, expect, it } from 'vitest';
import { findEnvelope, windowFor } from '../../../src/main/core/documents/catalogue';
import { planRun } from '../../../src/shared/documents/label-run';
import { letterGeometry } from '../../../src/shared/documents/letter-geometry';
import { layoutLetters, type Letterhead } from '../../../src/shared/documents/letter-run';
import { greeting, mergeTemplate } from '../../../src/shared/documents/merge-fields';
import { nameLine } from '../../../src/shared/documents/name-lines';
import type { Recipient } from '../../../src/shared/documents/recipient';
import { windowRect } from '../../../src/shared/documents/window-geometry';
import type { RectMm } from '../../../src/shared/documents/catalogue.types';
import { smith, wang, weber } from './support/fixtures';
import { lineText, linesIn, type PdfWord } from './support/pdf-words';
import { pdfSession } from './support/pdf-session';

const session = pdfSession();
afterAll(() => session.close());

const date = new Date('2026-12-01T09:00:00Z');
const head: Letterhead = {
  senderLines: ['Desk Handel GmbH', 'Ringstraße 1', '20095 Hamburg'],
  returnLine: 'Desk Handel GmbH · Ringstraße 1 · 20095 Hamburg',
};
const template = '<p>{{salutation}}</p><p>Thank you for your order, {{givenName}}.</p><p>{{signature}}</p>';
const inside = (words: PdfWord[], r: RectMm) =>
  words.every((w) => w.x >= r.x && w.x2 <= r.x + r.w && w.y >= r.y - 0.6 && w.y2 <= r.y + r.h);

describe('letters for window envelopes', () => {
  it.each(['din5008-b', 'din5008-a'] as const)('puts the address in the DIN 5008 address field on A4 (%s)', async (form) => {
    const g = letterGeometry(form);
    const top = form === 'din5008-a' ? 27 : 45;
    expect(g.addressField).toEqual({ x: 20, y: top, w: 85, h: 45 });
    const layout = layoutLetters(planRun([weber], { senderCountry: 'DE' }).pieces, {
      geometry: g,
      templateHtml: template,
      language: 'en',
      date,
      letterhead: head,
      ownerName: 'Lisa Brandt',
    });
    const pdf = await session.print(layout.document);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.widthMm).toBeCloseTo(210, 0);
    const field = linesIn(pdf, 1, g.addressField);
    expect(field.map(lineText)).toEqual([head.returnLine, 'Herrn Dr. Hans Weber', 'Hauptstraße 5', '10115 Berlin']);
    expect(inside(field.flat(), g.addressField)).toBe(true);
    const first = field[1]![0]!;
    expect(Math.abs(first.x - 25)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(first.y - (top + 17.7))).toBeLessThanOrEqual(0.5);
    const text = pdf.words.map((w) => w.text).join(' ');
    expect(text).toContain('Dear Dr. Weber,');
    expect(text).toContain('Thank you for your order, Hans.');
    expect(text).toContain('1 December 2026');
  });

  it('puts the address where a #10 window shows it on a US Letter folded in three', async () => {
    const envelope = findEnvelope('us-10')!;
    const window = windowFor('us-10')!;
    const g = letterGeometry('us-10', { envelope, window });
    // The field is the window, seen from the letter resting centred on the envelope's bottom.
    const win = windowRect(window, envelope);
    expect(g.addressField.x + (envelope.widthMm - 215.9) / 2).toBeCloseTo(win.x, 6);
    expect(g.addressField.y + envelope.heightMm - 279.4 / 3).toBeCloseTo(win.y, 6);
    const layout = layoutLetters(planRun([smith], { senderCountry: 'US' }).pieces, { geometry: g, templateHtml: template, language: 'en', date });
    const pdf = await session.print(layout.document);
    expect(pdf.pages[0]!.heightMm).toBeCloseTo(279.4, 0);
    const field = linesIn(pdf, 1, g.addressField);
    expect(field.map(lineText)).toEqual(['Mr John Smith', '301 Hamilton Avenue', 'Palo Alto, CA 94301']);
    expect(inside(field.flat(), g.addressField)).toBe(true);
  });

  it('prints one letter per recipient, a long one running onto a second sheet with its margin', async () => {
    const long = `<p>{{salutation}}</p>${Array.from({ length: 70 }, (_, i) => `<p>Paragraph ${i + 1} of the annual news.</p>`).join('')}`;
    const g = letterGeometry('din5008-b');
    const layout = layoutLetters(planRun([weber, wang], { senderCountry: 'DE' }).pieces, { geometry: g, templateHtml: long, language: 'zh-CN', date });
    const pdf = await session.print(layout.document);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    const page2 = pdf.words.filter((w) => w.page === 2);
    expect(Math.min(...page2.map((w) => w.y))).toBeGreaterThanOrEqual(19.5);
    // The second letter starts on a fresh sheet, its address in the field again.
    const secondStart = pdf.words.find((w) => w.text === '100080')!;
    expect(secondStart.page).toBeGreaterThan(2);
    expect(linesIn(pdf, secondStart.page, g.addressField).map(lineText)).toEqual(['100080', '北京市海淀区', '中关村大街1号', '王小明 先生', 'CHINA']);
    expect(pdf.words.filter((w) => w.page === secondStart.page).map((w) => w.text)).toContain('尊敬的王先生：');
  });
});

describe('merge fields', () => {
  const ctx = { addressLines: ['Mr John Smith'], language: 'en' as const, date, ownerName: 'Lisa <Brandt>' };

  it('greets in the letter’s language, neutrally when there is no form of address', () => {
    expect(mergeTemplate('{{salutation}}', { ...ctx, recipient: smith })).toBe('Dear Mr Smith,');
    expect(mergeTemplate('{{salutation}}', { ...ctx, recipient: wang, language: 'zh-CN' })).toBe('尊敬的王先生：');
    expect(mergeTemplate('{{salutation}}', { ...ctx, recipient: { ...smith, salutation: 'none' } })).toBe('Dear John Smith,');
    expect(mergeTemplate('{{salutation}}', { ...ctx, recipient: { ...smith, kind: 'company', company: 'Acme' } })).toBe('Dear Sir or Madam,');
    expect(mergeTemplate('{{date}}', { ...ctx, recipient: wang, language: 'zh-CN' })).toBe('2026年12月1日');
  });

  it('greets by a title in place of Mr or Ms (“Dear Dr. Smith,”, a household’s “Dear Mr & Mrs Smith,”), and by one in Chinese characters after the family name (“尊敬的王教授：”), as the envelope puts it after the name', () => {
    const greet = (recipient: Recipient, language: 'en' | 'zh-CN' = 'en') => greeting(recipient, language);
    expect(greet({ ...smith, title: 'Dr.' })).toBe('Dear Dr. Smith,');
    expect(greet({ ...smith, salutation: 'none', title: 'Dr.' })).toBe('Dear Dr. Smith,');
    expect(greet({ ...smith, salutation: 'none', title: 'Mr & Mrs' })).toBe('Dear Mr & Mrs Smith,');
    // A Chinese letter says 先生 after the name and leaves the untranslated title out.
    expect(greet({ ...smith, title: 'Dr.' }, 'zh-CN')).toBe('尊敬的Smith先生：');
    const professor = { ...wang, salutation: 'none' as const, title: '教授' };
    expect(greet(professor, 'zh-CN')).toBe('尊敬的王教授：');
    expect(greet(professor)).toBe('Dear 王教授,');
    expect(nameLine(professor)).toBe('王小明 教授');
    // A family name known alone runs into its title or form of address, as it is said.
    expect(nameLine({ ...wang, givenName: '', salutation: 'none' as const, title: '总' })).toBe('王总');
    expect(nameLine({ ...wang, givenName: '', salutation: 'mr' as const, title: '' })).toBe('王先生');
  });

  it('writes a name in letters with its space where the person lives in China: given name first, as on the envelope', () => {
    const jianguo = { ...wang, givenName: 'Jianguo', familyName: 'Wang', salutation: 'none' as const };
    expect(mergeTemplate('{{salutation}}', { ...ctx, recipient: jianguo, language: 'zh-CN' })).toBe('尊敬的Jianguo Wang：');
    expect(mergeTemplate('{{salutation}} {{fullName}}', { ...ctx, recipient: jianguo })).toBe('Dear Jianguo Wang, Jianguo Wang');
    expect(mergeTemplate('{{fullName}}', { ...ctx, recipient: { ...wang, salutation: 'none' }, language: 'zh-CN' })).toBe('王小明');
  });

  it('escapes values, fills custom fields and leaves an unknown field visible', () => {
    const r = { ...smith, fields: { customerNo: 'K-4711' } };
    expect(mergeTemplate('{{ownerName}} {{field.customerNo}} {{nope}}', { ...ctx, recipient: r })).toBe('Lisa &lt;Brandt&gt; K-4711 {{nope}}');
    expect(mergeTemplate('{{addressBlock}}', { ...ctx, addressLines: ['A & B', 'Town'], recipient: r })).toBe('A &amp; B<br>Town');
  });
});
