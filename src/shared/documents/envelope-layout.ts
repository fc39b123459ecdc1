import type { EnvelopeRegion, EnvelopeSize, EnvelopeWindow, RectMm } from './catalogue.types';
import { windowRect } from './window-geometry';

/**
 * Where the Chinese postcode boxes sit: six boxes across the top left (GB/T 1416). Printed
 * stock varies by maker, so every figure is adjustable; the defaults (first box 20 mm from the
 * left and 15 mm from the top, 8 × 10 mm boxes 2 mm apart) suit common DL/ZL envelopes.
 */
export interface PostcodeBoxes {
  xMm: number;
  yMm: number;
  boxWidthMm: number;
  boxHeightMm: number;
  gapMm: number;
  count: number;
}

export const DEFAULT_CN_POSTCODE_BOXES: PostcodeBoxes = { xMm: 20, yMm: 15, boxWidthMm: 8, boxHeightMm: 10, gapMm: 2, count: 6 };

/** The areas of an envelope face a layout fills, in mm from its top-left. */
export interface EnvelopeZones {
  region: EnvelopeRegion;
  recipient: RectMm;
  /** Return address; absent when the layout has none. */
  sender: RectMm;
  senderAlign: 'left' | 'right';
  /** Chinese envelopes: one rectangle per postcode digit. */
  postcodeBoxes?: RectMm[];
}

export interface EnvelopeLayoutOptions {
  /** The envelope's window: the recipient block goes inside it (also the machine-read zone). */
  window?: EnvelopeWindow;
  /** Chinese envelopes: where the printed postcode boxes are on this stock. */
  postcodeBoxes?: PostcodeBoxes;
  /** Space between a window's edge and the text. */
  windowInsetMm?: number;
}

/** Which convention an envelope follows: the catalogue's first region. */
export const envelopeRegion = (e: EnvelopeSize): EnvelopeRegion => e.regions[0] ?? 'ISO';

/**
 * The zones of an envelope by its region's convention:
 * ISO and US: return address top left, recipient in the lower right part of a plain envelope
 * (where sorting machines read) or inside the window when there is one; Chinese (GB/T 1416):
 * recipient postcode in the printed boxes top left, recipient address below them, sender
 * bottom right.
 * @example envelopeZones(dl, { window: din676 }).recipient // inside the window, 3 mm in
 */
export function envelopeZones(envelope: EnvelopeSize, options: EnvelopeLayoutOptions = {}): EnvelopeZones {
  const W = envelope.widthMm;
  const H = envelope.heightMm;
  const region = envelopeRegion(envelope);
  if (region === 'CN') {
    const b = options.postcodeBoxes ?? DEFAULT_CN_POSTCODE_BOXES;
    const boxes = Array.from({ length: b.count }, (_, i) => ({
      x: b.xMm + i * (b.boxWidthMm + b.gapMm),
      y: b.yMm,
      w: b.boxWidthMm,
      h: b.boxHeightMm,
    }));
    const top = b.yMm + b.boxHeightMm + 8;
    return {
      region,
      postcodeBoxes: boxes,
      recipient: { x: b.xMm, y: top, w: W - 2 * b.xMm, h: Math.max(20, H * 0.72 - top) },
      sender: { x: W * 0.45, y: H * 0.72, w: W * 0.55 - 12, h: H * 0.28 - 8 },
      senderAlign: 'right',
    };
  }
  const inset = options.windowInsetMm ?? 3;
  const recipient = options.window
    ? (() => {
        const r = windowRect(options.window, envelope);
        return { x: r.x + inset, y: r.y + inset, w: r.w - 2 * inset, h: r.h - 2 * inset };
      })()
    : { x: W * 0.45, y: H * 0.45, w: W * 0.55 - 15, h: H * 0.55 - 15 };
  const senderTop = region === 'US' ? 8 : 10;
  const senderH = options.window ? Math.max(10, recipient.y - senderTop - 3) : H * 0.35 - senderTop;
  return {
    region,
    recipient,
    sender: { x: region === 'US' ? 8 : 10, y: senderTop, w: W * 0.45 - 12, h: senderH },
    senderAlign: 'left',
  };
}
