import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findSheet } from '../../src/main/core/documents/catalogue';
import { chromiumPdfRenderer } from '../../src/main/core/documents/chromium-pdf';
import { writeDocumentPdf } from '../../src/main/core/documents/write-pdf';
import { lazyPieces, planRun, selectRun } from '../../src/shared/documents/label-run';
import { layoutLabels } from '../../src/shared/documents/label-layout';
import { layoutLetters } from '../../src/shared/documents/letter-run';
import { letterGeometry } from '../../src/shared/documents/letter-geometry';
import { renderDocumentHtml } from '../../src/shared/documents/render-html';
import type { Recipient } from '../../src/shared/documents/recipient';

const streets = ['Lindenallee', 'Rosenweg', 'Am Markt', 'Bahnhofstraße', 'Schillerplatz', 'Gartenstraße', 'Ringstraße'];
const given = ['Anna', 'Peter', 'Maria', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Paul'];
const family = ['Müller', 'Schmidt', 'Fischer', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter', 'Klein'];

/**
 * A mailing list like a real one: mostly domestic, some abroad, one in ten Chinese. Each
 * `round` has its own postcodes, so no round profits from places formatted by an earlier one.
 */
function recipients(n: number, round: number): Recipient[] {
  return Array.from({ length: n }, (_, i): Recipient => {
    if (i % 10 === 9) {
      return {
        id: i,
        kind: 'person',
        givenName: '小明',
        familyName: ['王', '李', '张', '刘'][i % 4]!,
        salutation: 'mr',
        address: { lines: [`中关村大街${i}号`], city: '海淀区', region: '北京市', postcode: String(100000 + round * 100 + (i % 100)), countryCode: 'CN' },
      };
    }
    return {
      id: i,
      kind: 'person',
      givenName: given[i % given.length]!,
      familyName: family[i % family.length]!,
      salutation: i % 2 ? 'ms' : 'mr',
      company: i % 7 === 0 ? 'Beispiel Handels GmbH' : undefined,
      address: {
        lines: [`${streets[i % streets.length]!} ${(i % 120) + 1}`],
        city: i % 13 === 0 ? 'Wien' : 'Hamburg',
        postcode: String(10000 + round * 2000 + ((i * 37) % 2000)),
        countryCode: i % 13 === 0 ? 'AT' : 'DE',
      },
    };
  });
}

const LETTER = `<p>{{salutation}}</p>
<p>As the year draws to a close we would like to thank you for your custom. Your account number is {{field.customerNo}}.</p>
<p>From 2 January our shop opens at 8 o'clock, and orders placed by noon leave the same day.</p>
<p>With best wishes for the holidays,</p><p>{{signature}}</p>`;

const ROUNDS = 3;

/** The median wall time of ROUNDS runs, each on its own data: the machine is shared, single runs are noisy. */
async function medianOf(fn: (round: number) => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await fn(round);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

/**
 * Printing speed: labels.pdf_3000_ms (3,000 addresses on Avery 5160, 100 pages, to a PDF file),
 * letters.pdf_500_ms (a one-page merged letter for 500 recipients) and
 * labels.preview_first_page_ms (HTML of page one of a 3,000-label run): medians of three rounds.
 * The browser is started once beforehand, as the app keeps its renderer; its start is reported
 * separately.
 */
export async function benchDocuments(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-docs-'));
  const renderer = chromiumPdfRenderer();
  try {
    const sheet = findSheet('avery-5160')!;
    const lists = Array.from({ length: 2 * ROUNDS }, (_, round) => recipients(3000, round));
    const start = performance.now();
    await renderer.renderPdf('<p>warm</p>');
    report('documents.browser_start_ms', performance.now() - start, 'ms');

    report(
      'labels.preview_first_page_ms',
      await medianOf(async (round) => {
        const options = { senderCountry: 'DE', sortByPostcode: true };
        const run = selectRun(lists[round]!, options);
        const first = layoutLabels(lazyPieces(run.pieces, options), sheet, { pages: { from: 0, count: 1 }, outlines: true });
        if (first.pageCount !== 100) throw new Error(`expected 100 pages, got ${first.pageCount}`);
        if (renderDocumentHtml(first.document, { preview: true }).length === 0) throw new Error('empty preview');
      }),
      'ms',
    );

    const labelsFile = join(dir, 'labels.pdf');
    report(
      'labels.pdf_3000_ms',
      await medianOf(async (round) => {
        const plan = planRun(lists[ROUNDS + round]!, { senderCountry: 'DE', sortByPostcode: true });
        const layout = layoutLabels(plan.pieces, sheet);
        if (layout.pageCount !== 100) throw new Error(`expected 100 pages, got ${layout.pageCount}`);
        await writeDocumentPdf(renderer, layout.document, labelsFile);
      }),
      'ms',
    );
    report('labels.pdf_3000_bytes', statSync(labelsFile).size, 'bytes');

    const letterLists = Array.from({ length: ROUNDS }, (_, round) =>
      recipients(500, 10 + round).map((r) => ({ ...r, fields: { customerNo: `K-${10000 + Number(r.id)}` } })),
    );
    report(
      'letters.pdf_500_ms',
      await medianOf(async (round) => {
        const plan = planRun(letterLists[round]!, { senderCountry: 'DE' });
        const layout = layoutLetters(plan.pieces, {
          geometry: letterGeometry('din5008-b'),
          templateHtml: LETTER,
          language: 'en',
          date: new Date(),
          ownerName: 'Lisa Brandt',
          letterhead: { senderLines: ['Desk Handel GmbH', 'Ringstraße 1', '20095 Hamburg'], returnLine: 'Desk Handel GmbH · Ringstraße 1 · 20095 Hamburg' },
        });
        await writeDocumentPdf(renderer, layout.document, join(dir, 'letters.pdf'));
      }),
      'ms',
    );
  } finally {
    await renderer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
