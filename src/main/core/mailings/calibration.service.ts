import { calibrationSheet } from '../../../shared/documents/calibration-sheet';
import { PAPERS } from '../../../shared/documents/catalogue.types';
import { renderDocumentHtml } from '../../../shared/documents/render-html';
import { documentsEn } from '../../../shared/i18n/documents.en';
import { documentsZhCN } from '../../../shared/i18n/documents.zh-CN';
import type { ServiceContext } from '../context';
import { storePdf } from './pdf-files';
import { renderPdf } from './shared-renderer';

/**
 * The printer test page: rulers and crosses 30 mm from the corners, instructions in the
 * reader's language. Printed without any calibration shift, so it measures the printer itself.
 */
export async function printCalibrationSheet(ctx: ServiceContext, paper: 'A4' | 'Letter', how: 'pdf' | 'html') {
  const texts = ctx.locale === 'zh-CN' ? documentsZhCN.calibration : documentsEn.calibration;
  const doc = { ...calibrationSheet(PAPERS[paper], [...texts.instructions]), title: texts.title, lang: ctx.locale };
  const html = renderDocumentHtml(doc);
  if (how === 'html') return { fileId: null, html, paper: doc.paper };
  return { fileId: storePdf(ctx, await renderPdf(html), `calibration-${paper}.pdf`), html: null, paper: doc.paper };
}
