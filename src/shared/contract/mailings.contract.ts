import { z } from 'zod';
import { method } from './define';
import { ContactListQuery } from '../contacts/contact.schema';
import { EnvelopeSize, EnvelopeWindow, LabelSheet } from '../documents/catalogue.types';
import { CustomSheetDraft } from '../documents/custom-sheet';
import { isCountryCode } from '../geo/country-codes';

const Id = z.number().int().positive();
const Mm = z.number().finite().min(-50).max(50);

/** Whom a run reaches: the contacts list as filtered, one group, or the rows a person ticked. */
export const RunSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('query'), query: ContactListQuery }),
  z.object({ type: z.literal('group'), groupId: Id }),
  z.object({ type: z.literal('selection'), ids: z.array(Id).min(1).max(100_000) }),
  /** A single contact, e.g. a letter from the contact page. */
  z.object({ type: z.literal('contact'), id: Id }),
]);
export type RunSource = z.output<typeof RunSource>;
export type RunSourceInput = z.input<typeof RunSource>;

/** A line printed above the address: fixed text ("Personal"), a custom field's value, or the customer number. */
export const ExtraLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().trim().min(1).max(120) }),
  z.object({ type: z.literal('field'), fieldId: Id, prefix: z.string().max(60).default('') }),
  z.object({ type: z.literal('customerNumber'), prefix: z.string().max(60).default('') }),
]);
export type ExtraLine = z.output<typeof ExtraLine>;

/** What the address block says and how it is set. */
export const AddressContent = z.object({
  /** "Mr" / "Herrn" / "先生" from the name prefix. */
  salutation: z.boolean().default(true),
  /** Academic titles from the name prefix ("Dr.", "Prof."). */
  title: z.boolean().default(true),
  /** A person's company (first linked one) on its own line. */
  company: z.boolean().default(true),
  extraLines: z.array(ExtraLine).max(4).default([]),
  font: z.enum(['sans', 'serif']).default('sans'),
  fontSizePt: z.number().min(5).max(24).default(10),
  /** The smallest size text may shrink to before it is flagged. */
  minFontSizePt: z.number().min(4).max(24).default(6.5),
  boldFirstLine: z.boolean().default(false),
});
export type AddressContent = z.output<typeof AddressContent>;

/** Who is chosen and how pieces are grouped, sorted and repeated. */
export const RunChoices = z.object({
  overrideNoLetters: z.boolean().default(false),
  households: z.boolean().default(false),
  sortByPostcode: z.boolean().default(false),
  copies: z.number().int().min(1).max(100).default(1),
});
export type RunChoices = z.output<typeof RunChoices>;

export const PostcodeBoxesSchema = z.object({
  xMm: z.number().min(0).max(300),
  yMm: z.number().min(0).max(300),
  boxWidthMm: z.number().min(3).max(20),
  boxHeightMm: z.number().min(3).max(20),
  gapMm: z.number().min(0).max(10),
  count: z.number().int().min(4).max(8),
});

export const LabelsDocument = z.object({
  kind: z.literal('labels'),
  sheetId: z.string().min(1).max(200),
  /** 1-based label to start at on a part-used sheet. */
  startAt: z.number().int().min(1).max(1000).default(1),
});

/** A sheet of the sender's own address, e.g. for return labels. */
export const ReturnLabelsDocument = z.object({
  kind: z.literal('returnLabels'),
  sheetId: z.string().min(1).max(200),
  startAt: z.number().int().min(1).max(1000).default(1),
  /** Labels to print; the rest of the sheet when left out. */
  count: z.number().int().min(1).max(10_000).optional(),
});

export const EnvelopesDocument = z.object({
  kind: z.literal('envelopes'),
  /** A catalogue envelope id, or "custom" with customSize. */
  envelopeId: z.string().min(1).max(100),
  customSize: z
    .object({ widthMm: z.number().min(50).max(500), heightMm: z.number().min(50).max(500), region: z.enum(['ISO', 'US', 'CN']) })
    .optional(),
  /** Put the recipient inside the envelope's standard window. */
  window: z.boolean().default(false),
  returnAddress: z.boolean().default(true),
  feed: z.enum(['long-edge', 'short-edge']).default('long-edge'),
  postcodeBoxes: PostcodeBoxesSchema.optional(),
});

export const LetterForm = z.enum(['din5008-a', 'din5008-b', 'us-10']);
export type LetterForm = z.infer<typeof LetterForm>;
export const LetterLanguage = z.enum(['en', 'zh-CN']);

export const LettersDocument = z.object({
  kind: z.literal('letters'),
  templateId: Id,
  /** Overrides the template's form (paper) for this run. */
  form: LetterForm.optional(),
  foldMarks: z.boolean().default(true),
});

export const DocumentRequest = z.discriminatedUnion('kind', [LabelsDocument, ReturnLabelsDocument, EnvelopesDocument, LettersDocument]);
export type DocumentRequest = z.output<typeof DocumentRequest>;
export type DocumentRequestInput = z.input<typeof DocumentRequest>;

/** Everything a run needs: from it alone a run is previewed, printed, logged and reprinted. */
export const RunRequest = z.object({
  /** What the office calls this mailing, e.g. "Christmas 2026"; shown in each contact's history. */
  name: z.string().trim().max(200).default(''),
  source: RunSource.optional(),
  document: DocumentRequest,
  content: AddressContent.default(AddressContent.parse({})),
  choices: RunChoices.default(RunChoices.parse({})),
  /** The printer whose calibration shift applies. */
  printer: z.string().trim().max(200).default(''),
});
export type RunRequest = z.output<typeof RunRequest>;
export type RunRequestInput = z.input<typeof RunRequest>;

export const SkippedContact = z.object({
  id: z.number().int(),
  name: z.string(),
  reason: z.enum(['noAddress', 'noLetters']),
});
export type SkippedContact = z.infer<typeof SkippedContact>;

export const FlaggedItem = z.object({
  page: z.number().int(),
  position: z.number().int(),
  recipientIds: z.array(z.number().int()),
  reason: z.enum(['shrunk', 'overflow']),
  fontSizePt: z.number(),
  longestLine: z.string(),
  /** Whom the piece is for, as the preview names them. */
  name: z.string(),
});

export const PreviewQuery = RunRequest.extend({
  /** 0-based first page and how many pages to draw. */
  fromPage: z.number().int().min(0).default(0),
  pageCount: z.number().int().min(1).max(50).default(1),
});

export const Preview = z.object({
  /** The drawn pages as one HTML document (label edges and flagged text marked). */
  html: z.string(),
  paper: z.object({ widthMm: z.number(), heightMm: z.number() }),
  /** Pages the whole run prints. */
  pageCount: z.number().int(),
  fromPage: z.number().int(),
  pieces: z.number().int(),
  contacts: z.number().int(),
  skipped: z.array(SkippedContact),
  flagged: z.array(FlaggedItem),
});
export type Preview = z.infer<typeof Preview>;

export const RunOutput = z.enum(['pdf', 'html']);

export const RunCommand = RunRequest.extend({
  /** Who sends it: stored with the run and in each contact's history. */
  staffId: Id.nullable().default(null),
  /** 'pdf' renders on the server (browser mode); 'html' hands the document to the desktop's print window. */
  output: RunOutput.default('pdf'),
});
export type RunCommand = z.output<typeof RunCommand>;

export const RunSummary = z.object({
  id: z.number().int(),
  kind: z.enum(['labels', 'returnLabels', 'envelopes', 'letters']),
  name: z.string(),
  /** Sheet, envelope or template as shown to people ("Avery L7160"). */
  target: z.string(),
  contacts: z.number().int(),
  pieces: z.number().int(),
  pages: z.number().int(),
  skipped: z.number().int(),
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
  createdAt: z.string(),
  reprintOf: z.number().int().nullable(),
});
export type RunSummary = z.infer<typeof RunSummary>;

export const RunResult = z.object({
  run: RunSummary,
  /** Download id of the PDF (output 'pdf'). */
  fileId: z.string().nullable(),
  /** The print HTML (output 'html'), for the desktop's print window. */
  html: z.string().nullable(),
  paper: z.object({ widthMm: z.number(), heightMm: z.number() }),
  skipped: z.array(SkippedContact),
  flagged: z.array(FlaggedItem),
});
export type RunResult = z.infer<typeof RunResult>;

export const RunDetail = RunSummary.extend({
  request: RunRequest,
  skippedContacts: z.array(SkippedContact),
  recipientIds: z.array(z.number().int()),
});

const SenderAddress = z.object({
  street: z.string().max(500).default(''),
  city: z.string().max(200).default(''),
  region: z.string().max(200).default(''),
  postcode: z.string().max(40).default(''),
  country: z.string().refine((c) => c === '' || isCountryCode(c), { params: { key: 'unknownCountry' } }).default(''),
});

/** The office's letterhead and return address, set once in Settings. */
export const Letterhead = z.object({
  /** Company or sender name, the first line of the return address. */
  senderName: z.string().trim().max(200).default(''),
  address: SenderAddress.default(SenderAddress.parse({})),
  /** Lines under the logo: phone, email, website. */
  contactLines: z.array(z.string().max(200)).max(8).default([]),
  footerLines: z.array(z.string().max(300)).max(4).default([]),
  /** data: URL of a PNG/JPEG/SVG logo, at most about 1.5 MB. */
  logoDataUrl: z.string().max(2_000_000).regex(/^(data:image\/(png|jpeg|svg\+xml|gif|webp);base64,[A-Za-z0-9+/=]+)?$/).default(''),
  signatureDataUrl: z.string().max(2_000_000).regex(/^(data:image\/(png|jpeg|svg\+xml|gif|webp);base64,[A-Za-z0-9+/=]+)?$/).default(''),
});
export type Letterhead = z.output<typeof Letterhead>;

export const Calibration = z.object({ printer: z.string().trim().min(1).max(200), xMm: Mm, yMm: Mm });
export type Calibration = z.infer<typeof Calibration>;

/** Mailing preferences of the office. */
export const MailingSettings = z.object({
  letterhead: Letterhead,
  calibrations: z.array(Calibration).max(50),
  /** Household name templates by language; `{{family}}` is the family name. */
  householdTemplates: z.object({ en: z.string().max(100), de: z.string().max(100), zh: z.string().max(100) }),
  /** Letter paper when a template does not say; null = from the office's country. */
  letterPaper: z.enum(['A4', 'Letter']).nullable(),
  postcodeBoxes: PostcodeBoxesSchema,
});
export type MailingSettings = z.infer<typeof MailingSettings>;

export const MailingSettingsPatch = z.object({
  letterhead: Letterhead.optional(),
  calibrations: z.array(Calibration).max(50).optional(),
  householdTemplates: MailingSettings.shape.householdTemplates.optional(),
  letterPaper: z.enum(['A4', 'Letter']).nullable().optional(),
  postcodeBoxes: PostcodeBoxesSchema.optional(),
});

export const LetterTemplateDraft = z.object({
  name: z.string().trim().min(1).max(200),
  language: LetterLanguage.default('en'),
  form: LetterForm.default('din5008-b'),
  /** Subject line, may hold merge fields. */
  subject: z.string().max(500).default(''),
  /** Body from the editor: HTML with `{{field}}` tokens. */
  html: z.string().max(500_000),
});

export const LetterTemplate = z.object({
  id: z.number().int(),
  name: z.string(),
  language: LetterLanguage,
  form: LetterForm,
  subject: z.string(),
  html: z.string(),
  updatedAt: z.string(),
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;

export const Catalogue = z.object({
  sheets: z.array(LabelSheet),
  envelopes: z.array(EnvelopeSize),
  windows: z.array(EnvelopeWindow),
});

export const SentCounts = z.object({
  byStaff: z.array(
    z.object({ staffId: z.number().int().nullable(), staffName: z.string().nullable(), letters: z.number().int(), labels: z.number().int(), envelopes: z.number().int() }),
  ),
});

export const mailingsContract = {
  /** Every label sheet (catalogue and the office's own), envelope size and window. */
  'mailings.catalogue': method(z.object({}), Catalogue),
  'mailings.sheets.save': method(z.object({ id: z.string().max(100).optional(), draft: CustomSheetDraft }), LabelSheet),
  'mailings.sheets.delete': method(z.object({ id: z.string().min(1).max(100) }), z.object({ count: z.number().int() })),
  'mailings.settings.get': method(z.object({}), MailingSettings),
  'mailings.settings.update': method(MailingSettingsPatch, MailingSettings),
  /** A printer calibration test page (rulers and crosses) as a PDF or print HTML. */
  'mailings.calibrationSheet': method(
    z.object({ paper: z.enum(['A4', 'Letter']), output: RunOutput.default('pdf') }),
    z.object({ fileId: z.string().nullable(), html: z.string().nullable(), paper: z.object({ widthMm: z.number(), heightMm: z.number() }) }),
  ),
  'mailings.templates.list': method(z.object({}), z.array(LetterTemplate)),
  'mailings.templates.save': method(z.object({ id: Id.optional(), draft: LetterTemplateDraft }), LetterTemplate),
  'mailings.templates.delete': method(z.object({ id: Id }), z.object({ count: z.number().int() })),
  /** Pages of a run as they will print, with who is left out and what had to shrink. Logs nothing. */
  'mailings.preview': method(PreviewQuery, Preview),
  /** Prints a run: renders it, logs the run and one history entry per contact reached. */
  'mailings.run': method(RunCommand, RunResult),
  /** The same document again, from the run's stored request and recipients. */
  'mailings.reprint': method(z.object({ runId: Id, output: RunOutput.default('pdf'), staffId: Id.nullable().default(null) }), RunResult),
  'mailings.runs.list': method(
    z.object({ limit: z.number().int().min(1).max(500).default(50), contactId: Id.optional() }),
    z.array(RunSummary),
  ),
  'mailings.runs.get': method(z.object({ id: Id }), RunDetail),
  /** Takes back a run whose print dialog was cancelled: the run and its history entries go. */
  'mailings.runs.cancel': method(z.object({ id: Id }), z.object({ count: z.number().int() })),
  /** Letters, label and envelope pieces sent, per staff member (optionally since a date). */
  'mailings.counts': method(z.object({ since: z.iso.datetime({ offset: true }).optional(), contactId: Id.optional() }), SentCounts),
};
