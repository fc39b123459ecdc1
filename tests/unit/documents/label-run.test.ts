import { describe, expect, it } from 'vitest';
import { lazyPieces, planRun, selectRun } from '../../../src/shared/documents/label-run';
import { layoutLabels } from '../../../src/shared/documents/label-layout';
import { renderDocumentHtml } from '../../../src/shared/documents/render-html';
import type { Recipient } from '../../../src/shared/documents/recipient';
import { labelCatalogue } from '../../../src/main/core/documents/catalogue';
import { berlin, paloAlto, smith, wang, weber, beijing } from './support/fixtures';

const avery5160 = labelCatalogue().labels.find((s) => s.id === 'avery-5160')!;

describe('who gets a label', () => {
  it('lists contacts without a usable address or who refuse letters, with the reason', () => {
    const noStreet: Recipient = { id: 7, kind: 'person', givenName: 'Eva', familyName: 'Ohne', address: { lines: [''], city: 'Köln', countryCode: 'DE' } };
    const noAddress: Recipient = { id: 8, kind: 'person', givenName: 'Tom', familyName: 'Nil', address: null };
    const refuses: Recipient = { ...smith, id: 9, noLetters: true };
    const plan = planRun([weber, noStreet, noAddress, refuses], { senderCountry: 'DE' });
    expect(plan.pieces.map((p) => p.recipientIds)).toEqual([[1]]);
    expect(plan.skipped).toEqual([
      { id: 7, name: 'Eva Ohne', reason: 'noAddress' },
      { id: 8, name: 'Tom Nil', reason: 'noAddress' },
      { id: 9, name: 'John Smith', reason: 'noLetters' },
    ]);
    expect(planRun([refuses], { senderCountry: 'DE', overrideNoLetters: true }).pieces).toHaveLength(1);
  });

  it('prints one label per household, named by the template of the address language', () => {
    const anna: Recipient = { ...weber, id: 10, givenName: 'Anna', salutation: 'ms', title: undefined };
    const jane: Recipient = { ...smith, id: 11, givenName: 'Jane', salutation: 'ms' };
    const wife: Recipient = { ...wang, id: 12, givenName: '丽', salutation: 'ms' };
    const plan = planRun([weber, anna, smith, jane, wang, wife], { senderCountry: 'DE', households: true });
    expect(plan.pieces.map((p) => p.lines.find((l) => /Familie|Family|全家/.test(l)))).toEqual([
      'Familie Weber',
      'The Smith Family',
      '王先生全家',
    ]);
    expect(plan.pieces.map((p) => p.recipientIds)).toEqual([[1, 10], [2, 11], [3, 12]]);
  });

  it('keeps people with different family names at one address apart unless they share a household key', () => {
    const lodger: Recipient = { ...weber, id: 13, familyName: 'Braun' };
    expect(planRun([weber, lodger], { senderCountry: 'DE', households: true }).pieces).toHaveLength(2);
    const plan = planRun([{ ...weber, householdKey: 'h1' }, { ...lodger, householdKey: 'h1' }], { senderCountry: 'DE', households: true });
    expect(plan.pieces[0]!.lines[0]).toBe('Herrn Dr. Hans Weber und Herrn Dr. Hans Braun');
  });

  it('sorts by postcode and repeats copies', () => {
    const a: Recipient = { ...weber, id: 21, address: { ...berlin, postcode: '80331' } };
    const b: Recipient = { ...weber, id: 22, address: { ...berlin, postcode: '01067' } };
    const c: Recipient = { ...weber, id: 23, address: { ...berlin, postcode: '10115' } };
    const plan = planRun([a, b, c], { senderCountry: 'DE', sortByPostcode: true, copies: 2 });
    expect(plan.pieces.map((p) => p.recipientIds[0])).toEqual([22, 22, 23, 23, 21, 21]);
  });

  it('puts extra lines such as a customer number above the address', () => {
    const plan = planRun([{ ...smith, extraLines: ['Customer 4711', 'Personal'], company: 'Acme Inc.' }], { senderCountry: 'US' });
    expect(plan.pieces[0]!.lines).toEqual(['Customer 4711', 'Personal', 'Mr John Smith', 'Acme Inc.', '301 Hamilton Avenue', 'Palo Alto, CA 94301']);
  });

  it('starts at label N on a part-used sheet and spills onto a second sheet', () => {
    const pieces = planRun(Array.from({ length: 30 }, (_, i) => ({ ...weber, id: i })), { senderCountry: 'DE' }).pieces;
    const doc = layoutLabels(pieces, avery5160, { startAt: 7 });
    expect(doc.pageCount).toBe(2);
    expect(doc.slots[0]!.position).toBe(7);
    expect(doc.slots.filter((s) => s.page === 2).map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lays out only the first page for a quick preview, yet knows how many pages the run needs', () => {
    const pieces = planRun(Array.from({ length: 3000 }, (_, i) => ({ ...wang, id: i, address: beijing })), { senderCountry: 'CN' }).pieces;
    const doc = layoutLabels(pieces, avery5160, { pages: { from: 0, count: 1 } });
    expect(doc.pageCount).toBe(100);
    expect(doc.document.pages).toHaveLength(1);
    expect(doc.slots).toHaveLength(30);
  });

  it('names a US recipient in the US format on a label sent from the US', () => {
    expect(planRun([smith], { senderCountry: 'US' }).pieces[0]!.lines).toEqual(['Mr John Smith', '301 Hamilton Avenue', 'Palo Alto, CA 94301']);
    expect(planRun([{ ...smith, address: paloAlto }], { senderCountry: 'CN' }).pieces[0]!.lines.at(-1)).toBe('UNITED STATES');
  });
});

describe('preview of a long run', () => {
  it('formats only the labels of the page shown', () => {
    const list = Array.from({ length: 3000 }, (_, i) => ({ ...weber, id: i, address: { ...berlin, postcode: String(10000 + ((i * 7919) % 90000)) } }));
    const options = { senderCountry: 'DE', sortByPostcode: true };
    const run = selectRun(list, options);
    const source = lazyPieces(run.pieces, options);
    const doc = layoutLabels(source, avery5160, { startAt: 3, pages: { from: 0, count: 1 } });
    expect(doc.pageCount).toBe(101);
    expect(doc.slots).toHaveLength(28);
    const full = layoutLabels(planRun(list, options).pieces, avery5160, { startAt: 3 });
    expect(doc.document.pages[0]).toEqual(full.document.pages[0]);
  });
});

describe('preview html', () => {
  it('marks shrunk labels for the preview and escapes what people typed', () => {
    const long: Recipient = { ...weber, id: 31, address: { ...berlin, lines: ['Bürgermeister-Smidt-Straße 118, Hof West'] } };
    const odd: Recipient = { ...smith, id: 32, company: '<b>A&B</b>' };
    const doc = layoutLabels(planRun([long, odd], { senderCountry: 'DE' }).pieces, avery5160, { outlines: true });
    const html = renderDocumentHtml(doc.document, { preview: true });
    expect(html.match(/data-flag="shrunk"/g)).toHaveLength(1);
    expect(html).toContain('&lt;b&gt;A&amp;B&lt;/b&gt;');
    expect(html).not.toContain('<b>A&B</b>');
    expect(html).toContain('@page{size:215.9mm 279.4mm;margin:0}');
    // The printout carries the flag attribute but no preview marking.
    expect(renderDocumentHtml(doc.document)).not.toContain('outline');
  });
});
