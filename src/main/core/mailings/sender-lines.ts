import { formatAddressBlock } from '../../../shared/address/format-address';
import { isUsableAddress, toPostalAddress, type PostalAddress } from '../../../shared/address/postal-address';
import type { Letterhead } from '../../../shared/contract/mailings.contract';
import type { Letterhead as EngineLetterhead } from '../../../shared/documents/letter-run';

/** The office's own postal address, or null when Settings has none usable. */
export function senderAddress(head: Letterhead, homeCountry: string): PostalAddress | null {
  const a = head.address;
  const postal = toPostalAddress({ street: a.street, city: a.city, region: a.region, postcode: a.postcode, country: a.country || homeCountry });
  return isUsableAddress(postal) ? postal : null;
}

/** The return address block (name first, in the office's own country's format), or nothing. */
export function returnAddressLines(head: Letterhead, senderCountry: string): string[] {
  const address = senderAddress(head, senderCountry);
  if (!address) return head.senderName ? [head.senderName] : [];
  return formatAddressBlock([head.senderName], address, { senderCountry });
}

/** The letterhead as the letter layout draws it: logo, sender block, one-line return address, footer. */
export function engineLetterhead(head: Letterhead, senderCountry: string): EngineLetterhead {
  const lines = returnAddressLines(head, senderCountry);
  return {
    logoDataUrl: head.logoDataUrl || undefined,
    senderLines: [...lines, ...head.contactLines.filter((l) => l.trim())],
    returnLine: lines.length ? lines.join(' · ') : undefined,
    footerLines: head.footerLines.filter((l) => l.trim()),
  };
}
