import type { ContactDraft } from '../../shared/contacts/contact.schema';
import type { Lifecycle, RelationshipStyle, Tier } from '../../shared/contacts/contact-traits';
import { foldName } from '../core/contacts/search-document';
import { spellPinyin } from '../core/contacts/pinyin-key';
import { demoAddress, demoPhone, type DemoAddress } from './address-pools';
import * as P from './name-pools';
import type { Prng } from './prng';

export type Culture = 'us' | 'uk' | 'de' | 'cn';

/** Ids of the organising records the demo contacts point at. */
export interface SeedRefs {
  staff: number[];
  tags: number[];
  groups: number[];
  since: number;
  volume: number;
  language: number;
  nda: number;
}

const COUNTRY: Record<Culture, DemoAddress['country']> = { us: 'US', uk: 'GB', de: 'DE', cn: 'CN' };
const LANGUAGE: Record<Culture, string> = { us: 'English', uk: 'English', de: 'Deutsch', cn: '中文' };
const SOURCES = ['Referral', 'Website', 'Trade fair', 'Walk-in', 'Advertisement', '老客户介绍'];
const STYLES: RelationshipStyle[] = ['expressive', 'driver', 'analytical', 'amiable'];

/** Picks by weight: [[value, weight], ...]. */
function weighted<T>(rng: Prng, table: readonly (readonly [T, number])[]): T {
  let r = rng.next() * table.reduce((n, [, w]) => n + w, 0);
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return table[table.length - 1]![0];
}

export const pickCulture = (rng: Prng): Culture => weighted(rng, [['us', 20], ['uk', 20], ['de', 25], ['cn', 35]] as const);

const tier = (rng: Prng) => weighted<Tier | null>(rng, [['key', 5], ['major', 15], ['regular', 50], ['small', 20], [null, 10]]);
const lifecycle = (rng: Prng) =>
  weighted<Lifecycle | null>(rng, [['lead', 10], ['prospect', 15], ['customer', 45], ['repeat', 20], ['lapsed', 8], [null, 2]]);

const ascii = (s: string) => foldName(s).replace(/\s+/g, '');

function randomDate(rng: Prng, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return new Date(start + rng.int(Math.floor((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

function traits(rng: Prng, culture: Culture, refs: SeedRefs): Partial<ContactDraft> {
  const custom: Record<string, string | number | boolean> = {};
  if (rng.chance(0.3)) custom[refs.since] = randomDate(rng, 2005, 2025);
  if (rng.chance(0.3)) custom[refs.volume] = rng.between(1, 500) * 100;
  if (rng.chance(0.5)) custom[refs.language] = LANGUAGE[culture];
  if (rng.chance(0.1)) custom[refs.nda] = rng.chance(0.7);
  const tags = refs.tags.filter(() => rng.chance(0.12));
  return {
    tier: tier(rng),
    lifecycle: lifecycle(rng),
    source: rng.chance(0.7) ? rng.pick(SOURCES) : '',
    ownerId: rng.chance(0.8) ? rng.pick(refs.staff) : null,
    comm: { phone: true, email: !rng.chance(0.05), letter: true, marketing: !rng.chance(0.2), doNotContact: rng.chance(0.03) },
    tagIds: tags,
    groupIds: rng.chance(0.1) ? [rng.pick(refs.groups)] : [],
    custom,
  };
}

/** A company of the given culture, with a switchboard number, an info address and its premises. */
export function demoCompany(rng: Prng, culture: Culture, refs: SeedRefs): ContactDraft {
  const name =
    culture === 'cn'
      ? `${rng.pick(['上海', '北京', '广州', '深圳', '杭州'])}${rng.pick(P.CN_BRAND)}${rng.pick(P.CN_INDUSTRY)}${rng.pick(P.CN_SUFFIX)}`
      : culture === 'de'
        ? `${rng.pick(P.DE_FAMILY)} ${rng.pick(P.DE_INDUSTRY)} ${rng.pick(P.DE_SUFFIX)}`
        : `${rng.pick(P.EN_COMPANY_WORDS)} ${rng.pick(P.EN_INDUSTRY)} ${rng.pick(P.EN_SUFFIX)}`;
  const domain = culture === 'cn' ? `${spellPinyin(name.slice(2, 4)).replace(/\s+/g, '')}${rng.digits(2)}.cn` : `${ascii(name.split(' ')[0]!)}${rng.digits(2)}.example`;
  return {
    kind: 'company',
    givenName: '',
    familyName: '',
    companyName: name,
    phones: [{ label: 'work', value: demoPhone(rng, COUNTRY[culture], false), primary: true }],
    emails: [{ label: 'work', value: `info@${domain}`, primary: true }],
    addresses: [{ label: 'work', ...demoAddress(rng, COUNTRY[culture]), primary: true }],
    ...traits(rng, culture, refs),
  };
}

/** A person of the given culture, optionally working at `company`. */
export function demoPerson(rng: Prng, culture: Culture, refs: SeedRefs, company?: { id: number; name: string }): ContactDraft {
  const cn = culture === 'cn';
  const given = cn ? rng.pick(P.CN_GIVEN) : rng.pick(culture === 'de' ? P.DE_GIVEN : P.EN_GIVEN);
  const family = cn ? rng.pick(P.CN_FAMILY) : rng.pick(culture === 'de' ? P.DE_FAMILY : P.EN_FAMILY);
  const country = COUNTRY[culture];
  const local = cn ? `${spellPinyin(family, true)}${spellPinyin(given)}`.replace(/\s+/g, '') + rng.digits(3) : `${ascii(given)}.${ascii(family)}`;
  const domain = cn ? rng.pick(['qq.com', '163.com', '126.com']) : rng.pick(culture === 'de' ? ['web.de', 'gmx.de', 't-online.de'] : ['gmail.com', 'outlook.com', 'mail.example']);
  const titles = cn ? P.TITLES_CN : culture === 'de' ? P.TITLES_DE : P.TITLES_EN;
  const phones: ContactDraft['phones'] = [{ label: 'mobile', value: demoPhone(rng, country, true), primary: true }];
  if (rng.chance(0.35)) phones.push({ label: 'work', value: demoPhone(rng, country, false), primary: false });
  const addresses: NonNullable<ContactDraft['addresses']> = [{ label: 'home', ...demoAddress(rng, country), primary: true }];
  if (rng.chance(0.15)) addresses.push({ label: 'shipping', ...demoAddress(rng, country), primary: false });
  const salutation = cn
    ? `尊敬的${family}${rng.pick(['先生', '女士', '经理', '总'])}`
    : culture === 'de'
      ? `Guten Tag ${given} ${family}`
      : `Dear ${given}`;
  return {
    kind: 'person',
    givenName: given,
    familyName: family,
    companyName: company?.name ?? '',
    phoneticName: cn ? `${spellPinyin(family, true)} ${spellPinyin(given).replace(/\s+/g, '')}`.replace(/\b\w/g, (c) => c.toUpperCase()) : '',
    salutation,
    birthday: rng.chance(0.4) ? randomDate(rng, 1950, 2002) : null,
    phones,
    emails: [{ label: company ? 'work' : 'home', value: `${local}@${domain}`, primary: true }],
    addresses,
    companies: company ? [{ companyId: company.id, role: '', title: rng.pick(titles) }] : [],
    relationshipStyle: rng.chance(0.5) ? rng.pick(STYLES) : null,
    ...traits(rng, culture, refs),
  };
}
