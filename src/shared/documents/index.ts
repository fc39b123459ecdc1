/**
 * Letters, envelopes and labels as pure functions: recipients -> run plan -> layout (mm) ->
 * one HTML document that Chromium prints. No Node, Electron or DOM.
 */
export * from './catalogue.types';
export type { Recipient, Salutation } from './recipient';
export { nameLine, recipientNameLines, nameLanguage, type NameLanguage } from './name-lines';
export { DEFAULT_HOUSEHOLD_TEMPLATES, householdName, householdOf, type HouseholdTemplates } from './households';
export {
  planRun,
  selectRun,
  addressPiece,
  lazyPieces,
  type AddressedPiece,
  type PlannedPiece,
  type PieceSource,
  type RunOptions,
  type RunPlan,
  type RunSelection,
  type SkipReason,
  type SkippedRecipient,
} from './label-run';
export { labelSlots } from './label-slots';
export { validateSheet, SHEET_TOLERANCE_MM, type SheetIssue } from './sheet-validation';
export { searchSheets } from './sheet-search';
export { sheetSvg } from './sheet-drawing';
export { CustomSheetDraft, customSheet, type CustomSheetDraftInput } from './custom-sheet';
export { layoutLabels, returnAddressLabels, type LabelContent, type LabelDocument, type LabelLayoutOptions } from './label-layout';
export { envelopeZones, envelopeRegion, DEFAULT_CN_POSTCODE_BOXES, type EnvelopeZones, type PostcodeBoxes } from './envelope-layout';
export { layoutEnvelopes, type EnvelopeDocument, type EnvelopeRunOptions } from './envelope-run';
export { letterGeometry, type LetterForm, type LetterGeometry } from './letter-geometry';
export { layoutLetters, type Letterhead, type LetterDocument, type LetterRunOptions } from './letter-run';
export { MERGE_FIELDS, mergeTemplate, mergeValues, greeting, letterDate, type LetterLanguage, type MergeContext, type MergeField } from './merge-fields';
export { calibrationSheet, CALIBRATION_MARK_MM } from './calibration-sheet';
export { fitText, type FitOptions, type FitResult } from './fit-text';
export { textWidthMm } from './text-measure';
export { DEFAULT_TEXT_STYLE, type TextStyle } from './text-style';
export type { FlaggedPiece } from './flags';
export { renderDocumentHtml } from './render-html';
export { DOCUMENT_FONTS, type DocumentFont, type DocumentPage, type PrintDocument, type TextBlock } from './print-document';
export { windowRect } from './window-geometry';
