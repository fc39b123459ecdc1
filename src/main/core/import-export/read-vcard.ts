import ICAL from 'ical.js';
import type { PhoneLabel } from '../../../shared/contacts/contact.schema';
import { phoneLabelFromWord } from '../../../shared/import-export/channel-label-words';
import type { ParsedTable } from '../../../shared/import-export/table';
import { FileReadError } from './file-read-error';
import type { ReadLimits } from './read-limits';
import { splitCards, type RawCard } from './vcard-lines';
import { ANDROID_RELATIONS, MESSENGER_PROPS, SERVICES } from './vcard-names';

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

const SIMPLE: Record<string, string> = {
  FN: 'FN', NICKNAME: 'NICKNAME', TITLE: 'TITLE', BDAY: 'BDAY', ANNIVERSARY: 'ANNIVERSARY', NOTE: 'NOTE', CATEGORIES: 'CATEGORIES', URL: 'URL',
  // How the name is said, as iPhones and Android phones write it.
  'X-PHONETIC-FIRST-NAME': 'X-PHONETIC-FIRST-NAME', 'X-PHONETIC-MIDDLE-NAME': 'X-PHONETIC-MIDDLE-NAME', 'X-PHONETIC-LAST-NAME': 'X-PHONETIC-LAST-NAME',
  'X-PHONETIC-ORG': 'X-PHONETIC-ORG',
  // Outlook's "Profession" ("Role" would be read as the job title).
  ROLE: 'Profession',
};
const PHONETIC_NAME = ['X-PHONETIC-FIRST-NAME', 'X-PHONETIC-MIDDLE-NAME', 'X-PHONETIC-LAST-NAME'];

/** People Outlook (X-MS-*) and Evolution name on a card without RELATED, by their relation. */
const RELATED_PROPS: Record<string, string> = {
  'X-MS-SPOUSE': 'Spouse', 'X-SPOUSE': 'Spouse', 'X-EVOLUTION-SPOUSE': 'Spouse',
  'X-MS-MANAGER': 'Manager', 'X-MANAGER': 'Manager', 'X-EVOLUTION-MANAGER': 'Manager',
  'X-MS-ASSISTANT': 'Assistant', 'X-ASSISTANT': 'Assistant', 'X-EVOLUTION-ASSISTANT': 'Assistant',
  'X-MS-CHILD': 'Child',
};

/** Outlook's X-WAB-GENDER: 1 a woman, 2 a man (0 unknown), as vCard 4.0's GENDER writes them. */
const WAB_GENDER: Record<string, string> = { '1': 'F', '2': 'M' };

/** Social networks Apple names in X-SOCIALPROFILE's type, by their usual name. */
const SOCIAL: Record<string, string> = { linkedin: 'LinkedIn', twitter: 'Twitter', facebook: 'Facebook', sinaweibo: 'Weibo', tencentweibo: 'Tencent Weibo', flickr: 'Flickr', myspace: 'Myspace', yelp: 'Yelp' };

/** The column of a social profile Apple keeps (X-SOCIALPROFILE;type=linkedin): the service by its usual name. */
const socialColumn = (type: string | string[] | undefined): string => {
  const service = (Array.isArray(type) ? type[0] : type)?.trim() ?? '';
  const key = service.toLowerCase();
  return Object.hasOwn(SOCIAL, key) ? SOCIAL[key]! : service ? service[0]!.toUpperCase() + service.slice(1) : 'Social profile';
};
const ADR_PARTS = ['street', 'city', 'region', 'postcode', 'country'] as const;

/** The column a related person goes under: the relation as written ("spouse" as "Spouse"), or "Related". */
const relationColumn = (relation: string | undefined): string => {
  const r = relation?.trim();
  return r ? r[0]!.toUpperCase() + r.slice(1) : 'Related';
};

/**
 * A date whose year Apple left out (BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-01) as vCard 4.0 writes
 * it without one (--04-01), so it is read as a date without a year, not as one in 1604.
 */
function withoutOmittedYear(params: Record<string, string | string[]>, value: string): string {
  const omitted = params['x-apple-omit-year'];
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value);
  return m && omitted !== undefined && m[1] === String(Array.isArray(omitted) ? omitted[0] : omitted) ? `--${m[2]}-${m[3]}` : value;
}

/** The service and handle of an IMPP property: "IMPP;X-SERVICE-TYPE=QQ:x-apple:12345" is QQ 12345. */
function messenger(params: Record<string, string | string[]>, value: string): [string, string] | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  const handle = scheme ? value.slice(scheme[0].length) : value;
  const typed = params['x-service-type'];
  const service = (Array.isArray(typed) ? typed[0] : typed) ?? (scheme && scheme[1]!.toLowerCase() !== 'x-apple' ? scheme[1] : undefined);
  if (!service || !handle.trim()) return null;
  const key = service.toLowerCase().replace(/\s+/g, '');
  return [Object.hasOwn(SERVICES, key) ? SERVICES[key]! : service, handle];
}

/** vCard TYPE values to our labels; the first that says something wins, a fax's ("WORK,FAX") first of all. */
function labelOf(params: Record<string, string | string[]>): PhoneLabel {
  const raw = params.type;
  const types = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((t) => t.toLowerCase());
  if (types.includes('fax')) return 'fax';
  if (types.some((t) => t === 'cell' || t === 'mobile' || t === 'iphone')) return 'mobile';
  if (types.some((t) => t === 'work' || t === 'main')) return 'work';
  if (types.includes('home')) return 'home';
  if (types.includes('postal')) return 'billing';
  if (types.includes('parcel')) return 'shipping';
  return 'other';
}

/**
 * The labels Apple's Contacts writes beside a grouped property ("item2.X-ABLabel:_$!<Mobile>!$_",
 * or a label the person typed, "Büro"), by group, unwrapped.
 */
function appleLabels(card: RawCard): Map<string, string> {
  const out = new Map<string, string>();
  for (const prop of card.props) {
    if (prop.name !== 'X-ABLABEL' || !prop.group) continue;
    const value = prop.text.slice(prop.text.indexOf(':') + 1).trim();
    out.set(prop.group, /^_\$!<(.*)>!\$_$/.exec(value)?.[1] ?? value);
  }
  return out;
}

/** A channel's label: its TYPE, or when that says nothing, the label Apple wrote beside it (Main is the work number). */
function channelLabel(params: Record<string, string | string[]>, apple: string | undefined): PhoneLabel {
  const typed = labelOf(params);
  if (typed !== 'other' || !apple) return typed;
  return /^main$/i.test(apple) ? 'work' : phoneLabelFromWord(apple);
}

/** The fields of an Android phone's own row ("vnd…/nickname;Yu;1;;…"), split where no backslash escapes a semicolon. */
function androidFields(text: string): string[] {
  const out = [''];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i]!;
      out[out.length - 1] += next === 'n' || next === 'N' ? '\n' : next;
    } else if (ch === ';') out.push('');
    else out[out.length - 1] += ch;
  }
  return out;
}

const textOf = (v: unknown): string => (Array.isArray(v) ? v.map(textOf).filter(Boolean).join(' ') : v === undefined || v === null ? '' : String(v));
const parts = (v: unknown): string[] => (Array.isArray(v) ? v.map(textOf) : [textOf(v)]);

/** One card as named cells, under the headers the vCard preset knows ("TEL mobile 1"). */
function cardCells(card: RawCard): Map<string, string> {
  const design = card.version.startsWith('4') ? ICAL.design.vcard : ICAL.design.vcard3;
  const cells = new Map<string, string>();
  const counters = new Map<string, number>();
  const apple = appleLabels(card);
  // "TEL 2" with its label in "TEL 2 type": numbered in card order, so the first phone stays first.
  const next = (kind: string, label: PhoneLabel) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    cells.set(`${kind} ${n} type`, label);
    return `${kind} ${n}`;
  };
  const set = (header: string, value: string) => {
    if (value.trim() && !cells.has(header)) cells.set(header, value.trim());
  };
  // People the contact is related to, in columns named by the relation; two children are one column's value.
  const related = (relation: string | undefined, name: string) => {
    const header = relationColumn(relation);
    const had = cells.get(header);
    if (name.trim()) cells.set(header, had ? `${had}, ${name.trim()}` : name.trim());
  };
  // CATEGORIES, and the groups an Android phone names one per line.
  const groups: string[] = [];
  let websites = 1;
  for (const prop of card.props) {
    let parsed: JCardProperty;
    try {
      parsed = ICAL.parse.property(prop.text, design) as JCardProperty;
    } catch {
      continue; // one unreadable property must not lose the whole card
    }
    const [, params, , ...values] = parsed;
    const first = values[0];
    switch (prop.name) {
      case 'N': {
        const [family, given, middle, prefix, suffix] = parts(first);
        set('N family', family ?? '');
        set('N given', given ?? '');
        set('N middle', middle ?? '');
        set('N prefix', prefix ?? '');
        set('N suffix', suffix ?? '');
        break;
      }
      // A company's card: vCard 4.0's KIND, or Apple's "show as company" (which 3.0 cards carry).
      case 'KIND':
        set('KIND', textOf(first));
        break;
      // vCard 4.0's sex and gender identity ("M", "F;she/her"): the sex is the form of address.
      case 'GENDER':
        set('GENDER', parts(first)[0]!.split(';')[0]!.trim());
        break;
      case 'X-ABSHOWAS':
        if (/^company$/i.test(textOf(first).trim())) set('KIND', 'org');
        break;
      case 'ORG': {
        const [org, ...units] = parts(first);
        set('ORG', org ?? '');
        set('ORG unit', units.filter(Boolean).join(' '));
        break;
      }
      case 'TEL':
        set(next('TEL', channelLabel(params, apple.get(prop.group))), textOf(first).replace(/^tel:/i, ''));
        break;
      // Outlook's "Company main phone" (X-MS-TEL;TYPE=COMPANY).
      case 'X-MS-TEL':
        set(next('TEL', 'work'), textOf(first));
        break;
      case 'X-WAB-GENDER':
        set('GENDER', WAB_GENDER[textOf(first).trim()] ?? '');
        break;
      case 'X-SOCIALPROFILE': {
        const user = params['x-user'];
        set(socialColumn(params.type), textOf(first) || textOf(user));
        break;
      }
      case 'EMAIL':
        set(next('EMAIL', channelLabel(params, apple.get(prop.group))), textOf(first).replace(/^mailto:/i, ''));
        break;
      case 'ADR': {
        const [pobox = '', ext = '', street = '', city = '', region = '', postcode = '', country = ''] = parts(first);
        const head = next('ADR', channelLabel(params, apple.get(prop.group)));
        const values5 = [[pobox, ext, street].filter(Boolean).join('\n'), city, region, postcode, country];
        ADR_PARTS.forEach((p, i) => set(`${head} ${p}`, values5[i] ?? ''));
        break;
      }
      case 'CATEGORIES':
        // Google's export puts every contact in its system group "myContacts": no tag of the person's.
        groups.unshift(...values.map(textOf).filter((c) => c && c !== 'myContacts'));
        break;
      case 'BDAY':
        set('BDAY', withoutOmittedYear(params, textOf(first)));
        break;
      case 'ANNIVERSARY':
      case 'X-ANNIVERSARY':
        set('ANNIVERSARY', withoutOmittedYear(params, textOf(first)));
        break;
      case 'X-ABDATE': {
        // Apple keeps an anniversary as a labelled date, and any other date under the label the person gave it.
        const label = apple.get(prop.group)?.trim() ?? '';
        const date = withoutOmittedYear(params, textOf(first));
        if (/^anniversary$/i.test(label)) set('ANNIVERSARY', date);
        else set(label && !/^other$/i.test(label) ? label : 'Event', date);
        break;
      }
      case 'URL': {
        // The first is the contact's website; others are named by their label, as Google's CSV names them.
        const url = textOf(first);
        if (!cells.has('URL')) set('URL', url);
        else {
          const type = params.type;
          const label = apple.get(prop.group)?.trim() || (Array.isArray(type) ? type[0] : type)?.trim() || '';
          websites++;
          set(label && !/^other$/i.test(label) ? `Website (${label[0]!.toUpperCase()}${label.slice(1).toLowerCase()})` : `Website ${websites}`, url);
        }
        break;
      }
      case 'X-ANDROID-CUSTOM': {
        // An Android phone's vCard 2.1 has no NICKNAME, ANNIVERSARY or related people: it writes
        // them as rows of its own database, "vnd.android.cursor.item/nickname;Yu;1;;;…".
        const [kind = '', data1 = '', data2 = '', data3 = ''] = androidFields(textOf(values));
        const item = kind.replace(/^vnd\.android\.cursor\.item\//, '');
        if (item === 'nickname') set('NICKNAME', data1);
        else if (item === 'contact_event' && data2 === '1') set('ANNIVERSARY', data1);
        else if (item === 'contact_event' && data2 === '3') set('BDAY', data1);
        // Another date: under the label the person typed (type 0), or Android's "Other" (type 2).
        else if (item === 'contact_event' && (data2 === '0' || data2 === '2')) set(data2 === '0' && data3.trim() ? data3.trim() : 'Event', data1);
        else if (item === 'group_membership' && data1.trim()) groups.push(data1.trim());
        else if (item === 'relation') related(data2 === '0' ? data3 : ANDROID_RELATIONS[data2], data1);
        // A Google Contacts custom field ("Kundennummer": K-1001), as Google's CSV export names its column.
        else if (kind === 'vnd.com.google.cursor.item/contact_user_defined_field' && data1.trim()) set(data1.trim(), data2);
        break;
      }
      case 'X-ABRELATEDNAMES':
        related(apple.get(prop.group), textOf(first));
        break;
      case 'RELATED': {
        // vCard 4.0: a related person by name (VALUE=text), not one given by a link to their card.
        const type = params.type;
        if (parsed[2] === 'text' || !/^[a-z][a-z0-9+.-]*:/i.test(textOf(first))) related(Array.isArray(type) ? type[0] : type, textOf(first));
        break;
      }
      case 'IMPP': {
        // Messenger handles come as columns named by their service, kept in custom fields of those names.
        const handle = messenger(params, textOf(first));
        if (handle) set(handle[0], handle[1]);
        break;
      }
      default:
        if (RELATED_PROPS[prop.name]) related(RELATED_PROPS[prop.name], textOf(first));
        else if (SIMPLE[prop.name]) set(SIMPLE[prop.name]!, values.map(textOf).join(', '));
        else if (MESSENGER_PROPS[prop.name]) set(MESSENGER_PROPS[prop.name]!, textOf(first));
    }
  }
  set('CATEGORIES', [...new Set(groups)].join(', '));
  // A company's card says how the company's name is said: that is the contact's phonetic spelling.
  const org = cells.get('X-PHONETIC-ORG');
  cells.delete('X-PHONETIC-ORG');
  if (org && /^(org|organization)$/i.test(cells.get('KIND') ?? '') && PHONETIC_NAME.every((h) => !cells.get(h))) set('X-PHONETIC-LAST-NAME', org);
  return cells;
}

function headerOrder(a: string, b: string): number {
  const rank = (h: string) => {
    const simple = ['FN', 'N prefix', 'N given', 'N middle', 'N family', 'N suffix', ...PHONETIC_NAME, 'NICKNAME', 'ORG', 'ORG unit', 'TITLE'].indexOf(h);
    if (simple >= 0) return [simple, 0, 0, 0];
    const m = /^(TEL|EMAIL|ADR) (\d+)(?: (\w+))?$/.exec(h);
    if (m) return [20 + ['TEL', 'EMAIL', 'ADR'].indexOf(m[1]!), Number(m[2]), 0, [...ADR_PARTS, 'type'].indexOf(m[3] ?? 'street')];
    const late = ['BDAY', 'ANNIVERSARY', 'URL', 'CATEGORIES', 'NOTE'].indexOf(h);
    return [late >= 0 ? 30 + late : 40, 0, 0, 0];
  };
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < 4; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  return 0;
}

/**
 * Reads vCard 2.1, 3.0 and 4.0 into the common table: one row per card, numbered columns for
 * each phone, email and address with their label beside them ("TEL 1", "TEL 1 type"), row numbers as the card's BEGIN line in the file.
 */
export function parseVcard(text: string, options: { file: string; encoding: string; limits: ReadLimits }): ParsedTable {
  const split = splitCards(text);
  if ('unterminatedAt' in split) throw new FileReadError('vcardUnterminated', { file: options.file, line: split.unterminatedAt });
  if (!split.cards.length) throw new FileReadError('notAVcard', { file: options.file });
  const all = split.cards.map((card) => ({ card, cells: cardCells(card) }));
  const headers = [...new Set(all.flatMap((c) => [...c.cells.keys()]))].sort(headerOrder);
  const rows = all.map(({ card, cells }) => {
    const row = headers.map((h) => cells.get(h) ?? '');
    row.forEach((value, i) => {
      if (value.length > options.limits.maxCellChars) {
        throw new FileReadError('cellTooLong', { file: options.file, line: card.line, column: headers[i], limitChars: options.limits.maxCellChars });
      }
    });
    return { line: card.line, cells: row };
  });
  const versions = [...new Set(split.cards.map((c) => c.version || '2.1'))].sort();
  return { headers, rows, info: { format: 'vcard', encoding: options.encoding, vcardVersions: versions } };
}
