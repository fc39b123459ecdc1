import { formatAddressBlock } from '../address/format-address';
import { isUsableAddress, type PostalAddress } from '../address/postal-address';
import { DEFAULT_HOUSEHOLD_TEMPLATES, householdName, householdOf, type HouseholdTemplates } from './households';
import { recipientNameLines } from './name-lines';
import type { Recipient } from './recipient';

/** Why a recipient gets no label, letter or envelope; an i18n key under `documents.skip`. */
export type SkipReason = 'noAddress' | 'noLetters';

export interface SkippedRecipient {
  id: Recipient['id'];
  name: string;
  reason: SkipReason;
}

/** One addressed piece (label, envelope or letter): its lines and the contacts it reaches. */
export interface AddressedPiece {
  recipientIds: Recipient['id'][];
  lines: string[];
  address: PostalAddress;
  /** The first recipient, for merge fields of letters. */
  recipient: Recipient;
}

export interface RunOptions {
  /** ISO code of the sending office's country: its name is left off domestic mail. */
  senderCountry: string;
  /** One piece per household instead of one per person. */
  households?: boolean;
  householdTemplates?: HouseholdTemplates;
  sortByPostcode?: boolean;
  /** Pieces per recipient (or per household). */
  copies?: number;
  /** Include people who asked not to receive letters. */
  overrideNoLetters?: boolean;
  /** Language of the destination country line for mail abroad. */
  countryNameLocale?: string;
}

/** A piece chosen and ordered, its address not yet formatted (formatting is the costly part). */
export interface PlannedPiece {
  members: Recipient[];
  address: PostalAddress;
}

export interface RunSelection {
  pieces: PlannedPiece[];
  skipped: SkippedRecipient[];
}

export interface RunPlan {
  pieces: AddressedPiece[];
  skipped: SkippedRecipient[];
}

/** Pieces a layout reads one at a time: an array, or a lazy source that formats on demand. */
export interface PieceSource {
  readonly length: number;
  get(index: number): AddressedPiece | undefined;
}

const displayOf = (r: Recipient) =>
  r.kind === 'company' ? (r.company ?? '') : [r.givenName, r.familyName].filter(Boolean).join(' ');

const byPostcode = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Who gets a piece, in which order: drops recipients without a usable address or who asked
 * not to receive letters (listed with the reason), merges households, sorts by postcode and
 * repeats copies. Cheap: addresses are formatted later, only for the pieces shown.
 */
export function selectRun(recipients: readonly Recipient[], options: RunOptions): RunSelection {
  const skipped: SkippedRecipient[] = [];
  const groups = new Map<string, Recipient[]>();
  for (const r of recipients) {
    if (!isUsableAddress(r.address)) {
      skipped.push({ id: r.id, name: displayOf(r), reason: 'noAddress' });
      continue;
    }
    if (r.noLetters && !options.overrideNoLetters) {
      skipped.push({ id: r.id, name: displayOf(r), reason: 'noLetters' });
      continue;
    }
    const key = options.households ? householdOf(r) : `r:${String(r.id)}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  let pieces: PlannedPiece[] = [...groups.values()].map((members) => ({ members, address: members[0]!.address! }));
  if (options.sortByPostcode) {
    // Stable sort: equal postcodes keep the list's order; addresses without one go last.
    pieces = pieces
      .map((p, i) => ({ p, i, key: `${p.address.countryCode} ${p.address.postcode ?? ''}`, has: !!p.address.postcode }))
      .sort((a, b) => (a.has !== b.has ? (a.has ? -1 : 1) : byPostcode(a.key, b.key) || a.i - b.i))
      .map((x) => x.p);
  }
  const copies = Math.max(1, Math.floor(options.copies ?? 1));
  if (copies > 1) pieces = pieces.flatMap((p) => Array.from({ length: copies }, () => p));
  return { pieces, skipped };
}

/** The printed lines of one planned piece: extra lines, then the name(s) and address in the destination's format. */
export function addressPiece(piece: PlannedPiece, options: RunOptions): AddressedPiece {
  const first = piece.members[0]!;
  const names =
    piece.members.length > 1
      ? [householdName(piece.members, options.householdTemplates ?? DEFAULT_HOUSEHOLD_TEMPLATES)]
      : recipientNameLines(first);
  const fmt = { senderCountry: options.senderCountry, countryNameLocale: options.countryNameLocale };
  const lines = [...(first.extraLines ?? []).filter((l) => l.trim()), ...formatAddressBlock(names, piece.address, fmt)];
  return { recipientIds: piece.members.map((m) => m.id), lines, address: piece.address, recipient: first };
}

/**
 * Formats pieces only when a layout asks for them, once each: the preview of a 3,000-label
 * run formats the 30 labels of its first page.
 * @example layoutLabels(lazyPieces(selectRun(list, opts).pieces, opts), sheet, { pages: { from: 0, count: 1 } })
 */
export function lazyPieces(pieces: readonly PlannedPiece[], options: RunOptions): PieceSource {
  const done = new Map<number, AddressedPiece>();
  return {
    length: pieces.length,
    get(index) {
      const planned = pieces[index];
      if (!planned) return undefined;
      let piece = done.get(index);
      if (!piece) {
        piece = addressPiece(planned, options);
        done.set(index, piece);
      }
      return piece;
    },
  };
}

/**
 * Who gets a piece and what it says ({@link selectRun}, every address formatted). The same
 * plan feeds labels, envelopes and letters.
 * @example planRun(recipients, { senderCountry: 'DE', households: true, sortByPostcode: true })
 */
export function planRun(recipients: readonly Recipient[], options: RunOptions): RunPlan {
  const { pieces, skipped } = selectRun(recipients, options);
  return { pieces: pieces.map((p) => addressPiece(p, options)), skipped };
}
