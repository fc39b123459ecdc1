/** The parts of a postal address. */
export interface AddressParts {
  street: string;
  city: string;
  region: string;
  postcode: string;
  country: string;
}

const HAN = /[\u4e00-\u9fff]/;
const CN_COUNTRY = /^(中国|中华人民共和国)/;
/** Province-level names end in 省 or 自治区, or are one of the four municipalities. */
const CN_REGION = /^(.{2,3}省|.{2,8}?自治区|北京市|上海市|天津市|重庆市)/;
/**
 * Hong Kong and Macau, whose post is another country's to the mainland's and the world's:
 * "香港九龍旺角彌敦道100號". Not a mainland street named after them: "香港中路10号" (Qingdao).
 */
const SAR = /^(香港|澳门|澳門)(?:特别行政区|特別行政區)?(?![东西南北中]?[路街]|大道|花园|广场|城)/;
const CN_CITY = /^(.{2,8}?(市|自治州|地区|盟))/;
/**
 * Six digits after 邮编, on their own, after a comma, or in brackets at the end as online shops
 * write them: "邮编：100080", "科技园南区8栋 ，518057", "科技园南区1号(518000)".
 */
const CN_POSTCODE = /(?:邮编|郵編|邮政编码|郵政編碼)\s*[:：]?\s*(\d{6})|(?:^|[\s,，、])(\d{6})(?=[\s,，]|$)|[(（](\d{6})[)）]\s*$/;
/** What a shop writes when the buyer gave no postcode. */
const NO_POSTCODE = '000000';
/** A municipality named twice, as province and as city, the way order lists write it: "北京 北京市". */
const MUNICIPALITY_TWICE = /^(北京|上海|天津|重庆)市?\s*(?=\1市)/;

function splitChinese(text: string): AddressParts {
  const parts: AddressParts = { street: '', city: '', region: '', postcode: '', country: '' };
  let rest = text.replace(/\s+/g, ' ').trim();
  const pc = CN_POSTCODE.exec(rest);
  if (pc) {
    const code = pc[1] ?? pc[2] ?? pc[3]!;
    if (code !== NO_POSTCODE) parts.postcode = code;
    rest = rest.replace(pc[0], ' ').replace(/[\s,，、]+$/, '').trim();
  }
  rest = rest.replace(MUNICIPALITY_TWICE, '');
  const country = CN_COUNTRY.exec(rest);
  if (country) {
    parts.country = '中国';
    rest = rest.slice(country[0].length).trim();
  }
  const sar = SAR.exec(rest);
  if (sar) {
    // Its districts (九龍, 旺角) are no province or city: the rest is the street, as its post writes it.
    parts.country = sar[1]!;
    parts.street = rest.slice(sar[0].length).trim();
    return parts;
  }
  const region = CN_REGION.exec(rest);
  if (region) {
    parts.region = region[1]!;
    rest = rest.slice(region[0].length).trim();
    // The municipalities are their own city.
    if (/^(北京|上海|天津|重庆)市$/.test(parts.region)) parts.city = parts.region;
  }
  if (!parts.city) {
    const city = CN_CITY.exec(rest);
    if (city) {
      parts.city = city[1]!;
      rest = rest.slice(city[0].length).trim();
    }
  }
  parts.street = rest;
  return parts;
}

const POSTCODE_TAIL = /^(.*?)[\s,]*\b([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{5}(?:-\d{4})?|\d{4,6}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/i;
const POSTCODE_HEAD = /^(\d{4,5})\s+(.+)$/;

/** A postcode on its own: "62701", "02806", "62701-1234". */
const BARE_POSTCODE = /^\d{4,6}(?:-\d{4})?$/;

function splitWestern(text: string): AddressParts {
  const parts: AddressParts = { street: '', city: '', region: '', postcode: '', country: '' };
  // Its pieces apart by commas or lines, or without either by two spaces or more, as Mailchimp
  // writes an address: "1 Main St  Springfield  IL  62701  US".
  const pieces = text.split(/[,\n]/.test(text) ? /\s*(?:,|\r?\n)\s*/ : /\s{2,}/).filter(Boolean);
  if (pieces.length < 2) return { ...parts, street: text.trim() };
  // A last piece without digits after a piece with a postcode is the country: "…, IL 62701, USA".
  const beforeLast = pieces.at(-2)!;
  if (pieces.length >= 3 && !/\d/.test(pieces.at(-1)!) && (POSTCODE_TAIL.test(beforeLast) || POSTCODE_HEAD.test(beforeLast))) {
    parts.country = pieces.pop()!;
  }
  const tail = pieces.pop()!;
  // The city, the state and the ZIP code as pieces of their own, after the street: "…, Barrington,
  // Rhode Island, 02806", as Mailchimp writes them.
  if (BARE_POSTCODE.test(tail) && pieces.length >= 3) {
    parts.postcode = tail;
    parts.region = pieces.pop()!;
    parts.city = pieces.pop()!;
    parts.street = pieces.join('\n');
    return parts;
  }
  const head = POSTCODE_HEAD.exec(tail);
  const trailing = POSTCODE_TAIL.exec(tail);
  if (head) {
    // "10115 Berlin": European order.
    parts.postcode = head[1]!;
    parts.city = head[2]!;
  } else if (trailing) {
    // "IL 62701" after "Springfield", "Springfield IL 62701", "London SW1A 2AA".
    parts.postcode = trailing[2]!;
    const words = trailing[1]!.trim().split(/\s+/).filter(Boolean);
    if (words.length && /^[A-Z]{2,3}$/.test(words.at(-1)!)) parts.region = words.pop()!;
    parts.city = words.join(' ') || (pieces.length > 1 ? pieces.pop()! : '');
  } else {
    parts.city = tail;
  }
  parts.street = pieces.join('\n');
  return parts;
}

/**
 * Splits an address written in one cell into parts, for files that keep the whole address in
 * one column. Chinese addresses go country, province, city, street; Western ones the other way.
 * @example splitAddress('广东省深圳市南山区科技园路1号') // { region: '广东省', city: '深圳市', street: '南山区科技园路1号', ... }
 */
export function splitAddress(full: string): AddressParts {
  const text = full.trim();
  if (!text) return { street: '', city: '', region: '', postcode: '', country: '' };
  return HAN.test(text) ? splitChinese(text) : splitWestern(text);
}

/**
 * The province and city a Chinese address starts with, when the sheet has no column for the city
 * (a street column beside a postcode: "广东省深圳市南山区科技园路1号"; a 省市区 column beside the
 * street), or its country ("中国", "香港"), taken out of it; null when it is not Chinese or starts with none.
 * @example regionInStreet('广东省深圳市南山区科技园路1号')?.street // '南山区科技园路1号'
 */
export function regionInStreet(street: string): AddressParts | null {
  if (!HAN.test(street)) return null;
  const split = splitChinese(street);
  return split.region || split.city || split.country ? split : null;
}

/**
 * Joins pieces of one address part that come from several columns (Outlook's "Business Street
 * 2", a Chinese sheet's 区 before 地址): Chinese pieces run together, others go on new lines.
 */
export function joinAddressPieces(pieces: readonly string[]): string {
  const kept = pieces.map((p) => p.trim()).filter(Boolean);
  let out = '';
  for (const piece of kept) {
    if (!out) out = piece;
    else out += HAN.test(out.at(-1)!) && HAN.test(piece[0]!) ? piece : `\n${piece}`;
  }
  return out;
}

/** Writes the parts back into one line, for exports that want a single address column. */
export function joinAddress(parts: AddressParts): string {
  const han = HAN.test(Object.values(parts).join(''));
  if (han) return [parts.country, parts.region, parts.city === parts.region ? '' : parts.city, parts.street].join('') + (parts.postcode ? ` ${parts.postcode}` : '');
  const cityLine = [parts.city, [parts.region, parts.postcode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [parts.street.replace(/\n/g, ', '), cityLine, parts.country].filter(Boolean).join(', ');
}
