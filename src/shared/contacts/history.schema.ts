import { z } from 'zod';

/**
 * Kinds of timeline entries. Later areas (appointments, complaints, letters) write their own
 * kinds with a payload of their own shape; the timeline shows `summary` for any kind it does
 * not know yet, so adding a kind needs no migration.
 */
export const HistoryKind = z.enum(['note', 'call', 'visit', 'email', 'letter', 'appointment', 'complaint']);
export type HistoryKind = z.infer<typeof HistoryKind>;

/** Kinds that count as "being in contact" for the "no contact for N days" filter. */
export const CONTACT_KINDS: readonly HistoryKind[] = ['call', 'visit', 'email', 'letter', 'appointment'];

/** Extra data of an entry, e.g. a call's direction and minutes; at most 64 KB as JSON. */
export const HistoryPayload = z.record(z.string(), z.unknown()).refine((p) => JSON.stringify(p).length <= 65_536, {
  params: { key: 'payloadTooLarge' },
});

export const HistoryDraft = z.object({
  contactId: z.number().int().positive(),
  kind: HistoryKind.default('note'),
  /** When it happened (ISO timestamp); defaults to now. */
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  summary: z.string().trim().max(500).default(''),
  /** The note or call notes as text; 100,000 characters at most. */
  body: z.string().max(100_000).default(''),
  payload: HistoryPayload.default({}),
  staffId: z.number().int().positive().nullable().optional(),
});
export type HistoryDraftInput = z.input<typeof HistoryDraft>;
export type HistoryDraft = z.output<typeof HistoryDraft>;

export const HistoryItem = z.object({
  id: z.number().int(),
  contactId: z.number().int(),
  kind: z.string(),
  occurredAt: z.string(),
  summary: z.string(),
  body: z.string(),
  payload: z.record(z.string(), z.unknown()),
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const HistoryListQuery = z.object({
  contactId: z.number().int().positive(),
  kinds: z.array(z.string().max(40)).max(20).optional(),
  /** Keyset paging: entries strictly older than this cursor (from the previous page). */
  before: z.object({ occurredAt: z.string(), id: z.number().int() }).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const HistoryPage = z.object({ items: z.array(HistoryItem), total: z.number().int() });
export type HistoryPage = z.infer<typeof HistoryPage>;
