import type { EnvelopeSize, EnvelopeWindow, Paper, RectMm } from './catalogue.types';
import { PAPERS } from './catalogue.types';
import { windowRect } from './window-geometry';

/** Letter layouts that fit window envelopes. */
export type LetterForm = 'din5008-a' | 'din5008-b' | 'us-10';

/** Where the parts of a letter's first page go, in mm from the paper's top-left. */
export interface LetterGeometry {
  form: LetterForm;
  paper: Paper;
  /** The whole address field as the window shows it. */
  addressField: RectMm;
  /** The small return-address line above the recipient (DIN: bottom of the endorsement zone). */
  returnLine: RectMm;
  /** Where the recipient's lines are set. */
  recipient: RectMm;
  /** Date and references. */
  info: RectMm;
  /** Text column of the body and where it starts on the first page. */
  body: { x: number; y: number; w: number };
  /** Top and bottom margins of continuation pages. */
  marginTopMm: number;
  marginBottomMm: number;
  /** Fold marks on the left edge. */
  foldMarksMm: number[];
}

// DIN 5008: address field 85 × 45 mm at 20 mm from the left, top at 27 mm (form A) or 45 mm
// (form B); 17.7 mm endorsement zone over a 27.3 mm address zone; text starts 5 mm in.
function din5008(form: 'din5008-a' | 'din5008-b'): LetterGeometry {
  const top = form === 'din5008-a' ? 27 : 45;
  const field = { x: 20, y: top, w: 85, h: 45 };
  return {
    form,
    paper: PAPERS.A4,
    addressField: field,
    returnLine: { x: 25, y: top + 17.7 - 4.5, w: 80, h: 4.5 },
    recipient: { x: 25, y: top + 17.7, w: 80, h: 27.3 },
    info: { x: 125, y: top + 5, w: 65, h: 40 },
    body: { x: 25, y: top + 53.46, w: 165 },
    marginTopMm: 20,
    marginBottomMm: 20,
    foldMarksMm: form === 'din5008-a' ? [87, 192] : [105, 210],
  };
}

/**
 * US Letter folded in three for a #10 window envelope: the window mapped onto the letter as it
 * rests in the envelope (centred across, top third resting on the bottom fold).
 */
function us10(envelope: EnvelopeSize, window: EnvelopeWindow): LetterGeometry {
  const paper = PAPERS.Letter;
  const win = windowRect(window, envelope);
  const panel = paper.heightMm / 3;
  const field = {
    x: win.x - (envelope.widthMm - paper.widthMm) / 2,
    y: win.y - (envelope.heightMm - panel),
    w: win.w,
    h: win.h,
  };
  const inset = 2.5;
  const left = Math.max(25.4, field.x + inset);
  return {
    form: 'us-10',
    paper,
    addressField: field,
    returnLine: { x: left, y: field.y - 5, w: field.w - (left - field.x) - inset, h: 4.5 },
    recipient: { x: left, y: field.y + inset, w: field.x + field.w - inset - left, h: field.h - 2 * inset },
    info: { x: 25.4, y: 38, w: 100, h: 8 },
    body: { x: 25.4, y: panel + 8, w: paper.widthMm - 2 * 25.4 },
    marginTopMm: 25.4,
    marginBottomMm: 25.4,
    foldMarksMm: [panel, 2 * panel],
  };
}

/**
 * The geometry of a letter form. US #10 needs the envelope and window from the catalogue.
 * @example letterGeometry('din5008-b').recipient // { x: 25, y: 62.7, w: 80, h: 27.3 }
 */
export function letterGeometry(form: LetterForm, us?: { envelope: EnvelopeSize; window: EnvelopeWindow }): LetterGeometry {
  if (form === 'us-10') {
    if (!us) throw new Error('letterGeometry: the US #10 form needs its envelope and window');
    return us10(us.envelope, us.window);
  }
  return din5008(form);
}
