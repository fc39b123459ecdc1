import { z } from 'zod';
import { LabelLayout, Paper, type LabelSheet } from './catalogue.types';
import { validateSheet } from './sheet-validation';

/**
 * A sheet a person defines: paper, grid and label size, checked for labels running off the
 * paper or into each other. Issues name `errors.sheet.*` messages (the texts of
 * `documents.sheetIssues`), as describeIssues expects.
 */
export const CustomSheetDraft = z
  .object({
    name: z.string().trim().min(1).max(100),
    paper: Paper,
    widthMm: z.number().positive().max(1000),
    heightMm: z.number().positive().max(1000),
    cornerRadiusMm: z.number().min(0).max(50).default(0),
    layout: LabelLayout,
  })
  .superRefine((draft, ctx) => {
    for (const issue of validateSheet({ ...draft, layouts: [draft.layout] })) {
      ctx.addIssue({ code: 'custom', path: ['layout'], message: issue.key, params: { key: `sheet.${issue.key}`, ...issue.params } });
    }
  });
export type CustomSheetDraftInput = z.input<typeof CustomSheetDraft>;
export type CustomSheetDraft = z.output<typeof CustomSheetDraft>;

/**
 * The sheet a validated draft describes, ready for layout and to be stored with the catalogue.
 * @example customSheet('custom-3', CustomSheetDraft.parse(input))
 */
export function customSheet(id: string, draft: CustomSheetDraft): LabelSheet {
  return {
    id,
    brand: '',
    part: draft.name,
    description: draft.name,
    paper: draft.paper,
    shape: 'rectangle',
    widthMm: draft.widthMm,
    heightMm: draft.heightMm,
    cornerRadiusMm: draft.cornerRadiusMm,
    layouts: [draft.layout],
    perSheet: draft.layout.nx * draft.layout.ny,
    mail: true,
    custom: true,
  };
}
