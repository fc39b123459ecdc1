import { z } from 'zod';
import { ContactFilters, ContactSort } from './contact.schema';

/** What a saved view remembers: filters, search, sort and the chosen columns. */
export const ViewState = z.object({
  search: z.string().trim().max(200).default(''),
  filters: ContactFilters.default({ tagMode: 'any' }),
  sort: ContactSort.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  /** Column keys in order, e.g. ["name", "phone", "tier", "custom:3"]. */
  columns: z.array(z.string().max(40)).max(60).default([]),
});
export type ViewState = z.output<typeof ViewState>;

export const ViewDraft = z.object({ name: z.string().trim().min(1).max(100), state: ViewState });
export const SavedView = z.object({ id: z.number().int(), name: z.string(), state: ViewState, updatedAt: z.string() });
export type SavedView = z.infer<typeof SavedView>;
