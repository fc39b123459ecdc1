import type { MappingInput } from '../../../shared/contract/imports.contract';
import { NEW_FIELD_TARGET } from '../../../shared/contract/imports.contract';
import { headerKey } from '../../../shared/import-export/header-key';
import { isEmailAddress } from '../../../shared/import-export/apply-mapping';
import { plainEmail, plainWidth } from '../../../shared/import-export/full-width';

/** Headers that say "how to reach them" without saying by what: 联系方式, Contact info, Kontakt. */
const CONTACT_WAY = new Set(['联系方式', '联系号码', '联系', '聯絡方式', 'contactinfo', 'contactdetails', 'kontakt', 'kontaktdaten']);

/** A phone number as a cell holds one: digits, spaces and the marks numbers are written with, seven digits or more. */
const isPhoneLike = (v: string): boolean => /^[+\d\s()./-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7;
/** A Chinese mobile number: 11 digits from 13 to 19. */
const isChineseMobile = (v: string): boolean => /^(?:\+?86)?1[3-9]\d{9}$/.test(v.replace(/[\s-]/g, ''));

/**
 * A column named only as the way to reach someone (联系方式) is read as what its values are: a
 * phone column when nearly all of the file's first `rows` hold a phone number (mobile when they are
 * Chinese mobiles), an email column when nearly all hold an address; else it is kept as it is.
 */
export function readContactWayColumns(mapping: MappingInput, rows: readonly (readonly string[])[]): void {
  for (const c of mapping.columns) {
    if ((c.target !== null && c.target !== NEW_FIELD_TARGET) || !CONTACT_WAY.has(headerKey(c.header))) continue;
    const values = rows.map((row) => plainWidth(row[c.index] ?? '').trim()).filter(Boolean);
    if (!values.length) continue;
    const most = (test: (v: string) => boolean) => values.filter(test).length >= values.length * 0.9;
    if (most(isPhoneLike)) c.target = most(isChineseMobile) ? 'phone.mobile' : 'phone.work';
    else if (most((v) => isEmailAddress(plainEmail(v)))) c.target = 'email.work';
  }
}
