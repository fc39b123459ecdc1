import type { Recipient } from '../../../shared/documents/recipient';

/**
 * A recipient as a run stores it: the engine's Recipient plus what letters merge per contact.
 * Runs keep this snapshot, so a reprint says exactly what the first print said.
 */
export interface MailRecipient extends Recipient {
  id: number;
  /** The name as the contact list shows it ("王小明", "Acme GmbH"): for skip lists and flags. */
  displayName?: string;
  /** The contact's own greeting, e.g. "Dear Dr. Weber,"; empty = worded from the name. */
  greeting: string;
  /** The staff member who looks after the contact. */
  ownerName: string;
}
