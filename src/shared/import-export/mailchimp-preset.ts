import type { HeaderMatch } from './presets';

/**
 * What Mailchimp's audience export adds of its own after the person's fields: when and from where
 * someone subscribed, where their IP address places them (REGION and CC are that guess, not their
 * postal address), their rating as a reader, the list's ids. It describes the subscription, not
 * the customer: known, and left out unless the person maps a column.
 */
const SYSTEM = new Set(['MEMBER_RATING', 'OPTIN_TIME', 'OPTIN_IP', 'CONFIRM_TIME', 'CONFIRM_IP', 'LATITUDE', 'LONGITUDE', 'GMTOFF', 'DSTOFF', 'TIMEZONE', 'CC', 'REGION', 'LAST_CHANGED', 'LEID', 'EUID', 'UNSUB_TIME', 'UNSUB_CAMPAIGN_TITLE', 'UNSUB_CAMPAIGN_ID', 'UNSUB_REASON', 'UNSUB_REASON_OTHER', 'CLEAN_TIME', 'CLEAN_CAMPAIGN_TITLE', 'CLEAN_CAMPAIGN_ID']);

/** Whether a header row is a Mailchimp audience export's: its email column and its own columns. */
export function isMailchimpExport(headers: readonly string[]): boolean {
  return headers.includes('Email Address') && headers.filter((h) => SYSTEM.has(h)).length >= 4;
}

/**
 * What Mailchimp's columns are: its own left out, its address field the whole address (its
 * parts apart by two spaces: "1 Main St  Springfield  IL  62701  US"); undefined for the person's
 * fields, which the plain names map.
 */
export function matchMailchimp(header: string): HeaderMatch | undefined {
  if (SYSTEM.has(header)) return { target: null };
  return header === 'Address' ? { target: 'address.work.full' } : undefined;
}
