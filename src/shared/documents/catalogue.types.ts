import { z } from 'zod';

const Mm = z.number().finite();

export const Paper = z.object({
  /** "A4", "Letter", or a name the person gave. */
  name: z.string().min(1),
  widthMm: Mm.positive(),
  heightMm: Mm.positive(),
});
export type Paper = z.infer<typeof Paper>;

export const PAPERS = {
  A4: { name: 'A4', widthMm: 210, heightMm: 297 },
  Letter: { name: 'Letter', widthMm: 215.9, heightMm: 279.4 },
} as const satisfies Record<string, Paper>;

/** A grid of labels: nx × ny, first label's top-left at (x0, y0), origins dx/dy apart. */
export const LabelLayout = z.object({
  nx: z.number().int().min(1).max(50),
  ny: z.number().int().min(1).max(100),
  x0: Mm.min(0),
  y0: Mm.min(0),
  dx: Mm.min(0),
  dy: Mm.min(0),
});
export type LabelLayout = z.infer<typeof LabelLayout>;

/** One sheet product of the catalogue (or a sheet a person defined), in millimetres. */
export const LabelSheet = z.object({
  id: z.string().min(1),
  brand: z.string(),
  part: z.string(),
  description: z.string(),
  paper: Paper,
  shape: z.literal('rectangle'),
  widthMm: Mm.positive(),
  heightMm: Mm.positive(),
  cornerRadiusMm: Mm.min(0),
  layouts: z.array(LabelLayout).min(1),
  perSheet: z.number().int().positive(),
  mail: z.boolean(),
  /** Other product numbers with the same geometry, e.g. "Avery L7160". */
  sameAs: z.array(z.string()).optional(),
  custom: z.boolean().optional(),
});
export type LabelSheet = z.infer<typeof LabelSheet>;

export const LabelCatalogue = z.object({ about: z.string(), labels: z.array(LabelSheet) });
export type LabelCatalogue = z.infer<typeof LabelCatalogue>;

export const EnvelopeRegion = z.enum(['ISO', 'US', 'CN']);
export type EnvelopeRegion = z.infer<typeof EnvelopeRegion>;

/** An envelope as it lies for addressing: width is the long side. */
export const EnvelopeSize = z.object({
  id: z.string().min(1),
  name: z.string(),
  widthMm: Mm.positive(),
  heightMm: Mm.positive(),
  regions: z.array(EnvelopeRegion).min(1),
});
export type EnvelopeSize = z.infer<typeof EnvelopeSize>;

/** A window, measured from the envelope's left and bottom edges. */
export const EnvelopeWindow = z.object({
  id: z.string().min(1),
  envelope: z.string(),
  fromLeftMm: Mm.min(0),
  fromBottomMm: Mm.min(0),
  widthMm: Mm.positive(),
  heightMm: Mm.positive(),
  letter: z.string(),
});
export type EnvelopeWindow = z.infer<typeof EnvelopeWindow>;

export const EnvelopeCatalogue = z.object({
  about: z.string(),
  envelopes: z.array(EnvelopeSize),
  windows: z.array(EnvelopeWindow),
});
export type EnvelopeCatalogue = z.infer<typeof EnvelopeCatalogue>;

/** A rectangle on a page, top-left origin, millimetres. */
export interface RectMm {
  x: number;
  y: number;
  w: number;
  h: number;
}
