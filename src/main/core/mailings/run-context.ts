import type { EnvelopeSize, EnvelopeWindow, LabelSheet } from '../../../shared/documents/catalogue.types';
import type { HouseholdTemplates } from '../../../shared/documents/households';
import type { PostcodeBoxes } from '../../../shared/documents/envelope-layout';
import type { Letterhead, LetterTemplate } from '../../../shared/contract/mailings.contract';

/**
 * Everything besides the recipients that shaped a document, frozen when it is first printed:
 * a reprint uses this copy, so a later change of letterhead, template or custom sheet does not
 * alter what the run prints.
 */
export interface RunContext {
  /** The document's date (ISO): letters are dated with it. */
  date: string;
  senderCountry: string;
  shiftMm?: { x: number; y: number };
  letterhead: Letterhead;
  householdTemplates: HouseholdTemplates;
  postcodeBoxes: PostcodeBoxes;
  sheet?: LabelSheet;
  envelope?: EnvelopeSize;
  window?: EnvelopeWindow;
  template?: Omit<LetterTemplate, 'id' | 'updatedAt'> & { id: number };
  /** Language of the person printing: names the document. */
  locale: string;
}
