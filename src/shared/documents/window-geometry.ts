import type { EnvelopeSize, EnvelopeWindow, RectMm } from './catalogue.types';

/** A window as a rectangle from the envelope's top-left (the catalogue measures from the bottom). */
export function windowRect(window: EnvelopeWindow, envelope: Pick<EnvelopeSize, 'heightMm'>): RectMm {
  return {
    x: window.fromLeftMm,
    y: envelope.heightMm - window.fromBottomMm - window.heightMm,
    w: window.widthMm,
    h: window.heightMm,
  };
}
