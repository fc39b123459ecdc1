import type { MappingInput } from '../../../shared/contract/imports.contract';
import { NEW_FIELD_TARGET } from '../../../shared/contract/imports.contract';
import { headerKey } from '../../../shared/import-export/header-key';
import { isEmailAddress } from '../../../shared/import-export/apply-mapping';
import { plainEmail, plainWidth } from '../../../shared/import-export/full-width';
import { phoneKind } from '../contacts/phone';
import { labelFromWord } from '../../../shared/import-export/channel-label-words';
import { saysNothing } from '../../../shared/import-export/no-value';

/** Headers that say "how to reach them" without saying by what: 联系方式, Contact info, Kontakt. */
const CONTACT_WAY = new Set(['联系方式', '联系号码', '联系', '聯絡方式', 'contactinfo', 'contactdetails', 'kontakt', 'kontaktdaten']);

/** Headers that are a use alone, of a phone or an email as the values say: Yahoo's "Home", "Work", "Other", "Pager", "Primary". */
const USE_ALONE = new Set(['home', 'work', 'other', 'primary', 'pager', 'business', 'personal', 'private', 'privat', 'geschäftlich', '家庭', '住宅', '办公', '工作', '其他']);

/**
 * Headers that name a phone without saying which (a numbered copy too: 电话2, Phone 3). The
 * presets give them a label all the same (电话 work, 联系电话 mobile), which their numbers may
 * belie: in a Chinese sheet 电话 holds mobiles as often as office lines.
 */
const ANY_PHONE = new Set([
  ...['电话', '电话号码', '联系电话', '联系人电话', '客户电话', '收货人电话', '收件人电话', '電話', '電話號碼', '電話番号'],
  ...['phone', 'phonenumber', 'telephone', 'tel', 'telefon', 'telefonnummer', 'téléphone', 'teléfono', 'telefono', 'telefoon', 'telefone'],
]);

/** Headers of a column that may be a job title ("Role") or the role of an account on a website. */
const ROLE = new Set(['role', 'roles', 'userrole', 'rolle', 'rôle', '角色']);
/** The roles of a web shop's or website's accounts (WordPress, WooCommerce), as headerKey writes them ("shop_manager"). */
const ACCOUNT_ROLES = new Set(['customer', 'subscriber', 'administrator', 'editor', 'author', 'contributor', 'shopmanager', 'wholesalecustomer', 'guest', 'member']);

/** A phone number as a cell holds one: digits, spaces and the marks numbers are written with, seven digits or more. */
const isPhoneLike = (v: string): boolean => /^[+\d\s()./-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7;
/** A Chinese mobile number: 11 digits from 13 to 19 (known so in an office of any country). */
const isChineseMobile = (v: string): boolean => /^(?:\+?86)?1[3-9]\d{9}$/.test(v.replace(/[\s-]/g, ''));

/** True when nearly all (nine in ten) of `items` pass `test`. */
const nearlyAll = <T>(items: readonly T[], test: (item: T) => boolean): boolean => items.filter(test).length >= items.length * 0.9;

/**
 * The label a column of phone numbers takes from what its numbers are: mobile when nearly all are
 * mobiles, work when nearly all are fixed lines; `otherwise` when they are mixed, or where the
 * numbering plan does not tell the two apart (the US).
 */
function phoneColumnTarget(values: readonly string[], country: string, otherwise: string): string {
  const kinds = values.map((v) => phoneKind(v, country) ?? (isChineseMobile(v) ? 'mobile' : null));
  return nearlyAll(kinds, (k) => k === 'mobile') ? 'phone.mobile' : nearlyAll(kinds, (k) => k === 'fixed') ? 'phone.work' : otherwise;
}

/**
 * Columns whose header does not say what their values are, read as what nearly all of the
 * file's first `rows` hold, numbers read in the office's `country`:
 * - one named only as the way to reach someone (联系方式): a phone column when they are phone
 *   numbers, an email column when they are addresses; else it is kept as it is; one named by a
 *   use alone (Yahoo's "Home", "Work") the same, labelled so;
 * - one of phone numbers named only as a phone (电话, Phone), or a 联系方式 one found to be:
 *   mobile when they are mobiles, work when they are fixed lines;
 * - a "Role" column of a website's account roles (WooCommerce's "customer"): no job title.
 * @example a 电话 column of 138 0013 8000 and 139 0013 9000 → 'phone.mobile'
 */
export function readColumnsByValues(mapping: MappingInput, rows: readonly (readonly string[])[], country: string): void {
  for (const c of mapping.columns) {
    const key = headerKey(c.header);
    const unread = c.target === null || c.target === NEW_FIELD_TARGET;
    const useAlone = unread && USE_ALONE.has(key);
    const contactWay = (unread && CONTACT_WAY.has(key)) || useAlone;
    const anyPhone = c.target?.startsWith('phone.') === true && ANY_PHONE.has(key.replace(/\d+$/, ''));
    const role = c.target === 'title' && ROLE.has(key);
    if (!contactWay && !anyPhone && !role) continue;
    const values = rows.map((row) => plainWidth(row[c.index] ?? '').trim()).filter((v) => v && !saysNothing(v));
    if (!values.length) continue;
    if (role) {
      // A web shop's customer list says what each account is ("customer"): no job title. The same
      // for all is not imported; customers told apart ("wholesale_customer") keep it in a field.
      if (nearlyAll(values, (v) => ACCOUNT_ROLES.has(headerKey(v)))) c.target = new Set(values).size > 1 ? NEW_FIELD_TARGET : null;
      continue;
    }
    // A use alone ("Home") is the label of the numbers or addresses under it.
    const use = useAlone ? labelFromWord(c.header) : null;
    if (anyPhone) c.target = phoneColumnTarget(values, country, c.target as string);
    else if (nearlyAll(values, isPhoneLike)) c.target = use ? `phone.${use}` : phoneColumnTarget(values, country, 'phone.work');
    else if (nearlyAll(values, (v) => isEmailAddress(plainEmail(v)))) c.target = `email.${use ?? 'work'}`;
  }
}
