import { describe, expect, it } from 'vitest';
import { findSheet, labelCatalogue, envelopeCatalogue } from '../../../src/main/core/documents/catalogue';
import { searchSheets } from '../../../src/shared/documents/sheet-search';
import { validateSheet } from '../../../src/shared/documents/sheet-validation';
import { labelSlots } from '../../../src/shared/documents/label-slots';
import type { LabelSheet, RectMm } from '../../../src/shared/documents/catalogue.types';
import { envelopeZones } from '../../../src/shared/documents/envelope-layout';
import { sheetSvg } from '../../../src/shared/documents/sheet-drawing';

const custom: LabelSheet = {
  id: 'custom-1',
  brand: 'Custom',
  part: 'Office 2x6',
  description: 'Our own sheet',
  paper: { name: 'A4', widthMm: 210, heightMm: 297 },
  shape: 'rectangle',
  widthMm: 95,
  heightMm: 45,
  cornerRadiusMm: 0,
  layouts: [{ nx: 2, ny: 6, x0: 8, y0: 13.5, dx: 99, dy: 45 }],
  perSheet: 12,
  mail: true,
  custom: true,
};

describe('label sheet catalogue', () => {
  it('ships all 194 sheets and every one passes the geometry check', () => {
    const sheets = labelCatalogue().labels;
    expect(sheets).toHaveLength(194);
    expect(sheets.filter((s) => validateSheet(s).length > 0).map((s) => s.id)).toEqual([]);
    for (const s of sheets) expect(labelSlots(s)).toHaveLength(s.perSheet);
  });

  it('finds a sheet by a product number it is also sold as', () => {
    expect(searchSheets(labelCatalogue().labels, 'L7160')[0]?.id).toBe('avery-7160');
    expect(searchSheets(labelCatalogue().labels, 'avery 5160')[0]?.id).toBe('avery-5160');
    expect(searchSheets(labelCatalogue().labels, 'zweckform 3475')[0]?.id).toBe('zweckform-3475');
    expect(findSheet('Avery J8160')?.id).toBe('avery-7160');
  });

  it('ships the envelope sizes and their windows', () => {
    const cat = envelopeCatalogue();
    expect(cat.envelopes.map((e) => e.id)).toEqual(expect.arrayContaining(['iso-dl', 'us-10', 'cn-dl', 'cn-zl']));
    expect(cat.windows.map((w) => w.envelope)).toEqual(['iso-dl', 'us-10']);
  });
});

describe('custom label sheets', () => {
  it('accepts a sheet that fits the paper', () => {
    expect(validateSheet(custom)).toEqual([]);
  });

  it('refuses labels that run off the paper', () => {
    expect(validateSheet({ ...custom, layouts: [{ ...custom.layouts[0]!, y0: 30 }] })).toEqual([
      { key: 'offPaperBottom', params: { mm: 3 } },
    ]);
    expect(validateSheet({ ...custom, widthMm: 105 }).map((i) => i.key)).toEqual(['offPaperRight', 'overlap']);
  });

  it('refuses labels that overlap, but allows the fraction of a millimetre published sheets have', () => {
    expect(validateSheet({ ...custom, heightMm: 50, layouts: [{ ...custom.layouts[0]!, y0: 5 }] })).toEqual([
      { key: 'overlap', params: { label: 1, other: 3, mm: 5 } },
    ]);
    expect(validateSheet({ ...custom, heightMm: 45.8 })).toEqual([]);
  });
});

describe('envelope zones', () => {
  const within = (r: RectMm, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
  const apart = (a: RectMm, b: RectMm) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

  it('keeps recipient, sender and postcode boxes on every shipped envelope and apart from each other', () => {
    for (const e of envelopeCatalogue().envelopes) {
      for (const window of [undefined, envelopeCatalogue().windows.find((w) => w.envelope === e.id)]) {
        const z = envelopeZones(e, { window });
        const parts = [z.recipient, z.sender, ...(z.postcodeBoxes ?? [])];
        for (const p of parts) expect(within(p, e.widthMm, e.heightMm), `${e.id}`).toBe(true);
        expect(apart(z.recipient, z.sender), `${e.id} recipient/sender`).toBe(true);
        for (const b of z.postcodeBoxes ?? []) expect(apart(b, z.recipient), `${e.id} boxes`).toBe(true);
        expect(z.recipient.h, `${e.id} room for five lines`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe('sheet drawing', () => {
  it('draws the paper and one rectangle per label, in millimetres', () => {
    const svg = sheetSvg(findSheet('avery-5160')!, { highlight: 1, title: 'Avery <5160>' });
    expect(svg).toContain('viewBox="0 0 215.9 279.4"');
    expect(svg.match(/<rect /g)).toHaveLength(31);
    expect(svg).toContain('<rect x="3.97" y="12.7" width="66.68" height="25.4" rx="1.59" fill="#d0ebff"');
    expect(svg).toContain('<title>Avery &lt;5160&gt;</title>');
  });
});
