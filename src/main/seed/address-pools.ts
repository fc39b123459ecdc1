import type { Prng } from './prng';

/** A structured demo address in the country's own conventions. */
export interface DemoAddress {
  street: string;
  city: string;
  region: string;
  postcode: string;
  country: 'US' | 'GB' | 'DE' | 'CN';
}

const US_CITIES = [
  ['New York', 'NY', '100'], ['San Francisco', 'CA', '941'], ['Chicago', 'IL', '606'], ['Boston', 'MA', '021'],
  ['Seattle', 'WA', '981'], ['Denver', 'CO', '802'], ['Austin', 'TX', '787'], ['Miami', 'FL', '331'],
] as const;
const US_STREETS = ['Main', 'Oak', 'Maple', 'Cedar', 'Washington', 'Lake', 'Hill', 'Park', 'Elm', 'Pine'];
const US_KINDS = ['St', 'Ave', 'Rd', 'Blvd', 'Ln'];

const UK_CITIES = [
  ['London', 'EC1A'], ['London', 'SW1A'], ['London', 'N1'], ['Manchester', 'M1'], ['Leeds', 'LS1'],
  ['Birmingham', 'B1'], ['Bristol', 'BS1'], ['Edinburgh', 'EH1'],
] as const;
const UK_STREETS = ['High', 'Station', 'Church', 'Victoria', 'Queen', 'Mill', 'Park', 'Green'];
const UK_KINDS = ['Street', 'Road', 'Lane', 'Avenue'];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const DE_CITIES = [
  ['Berlin', 'Berlin', 10115], ['München', 'Bayern', 80331], ['Hamburg', 'Hamburg', 20095], ['Köln', 'Nordrhein-Westfalen', 50667],
  ['Frankfurt am Main', 'Hessen', 60311], ['Stuttgart', 'Baden-Württemberg', 70173], ['Leipzig', 'Sachsen', 4109],
] as const;
const DE_STREETS = ['Hauptstraße', 'Schulstraße', 'Gartenweg', 'Bahnhofstraße', 'Lindenallee', 'Am Markt', 'Bergstraße', 'Kirchgasse'];

const CN_CITIES = [
  ['北京市', '北京市', '100'], ['上海市', '上海市', '200'], ['广州市', '广东省', '510'], ['深圳市', '广东省', '518'],
  ['杭州市', '浙江省', '310'], ['南京市', '江苏省', '210'], ['成都市', '四川省', '610'],
] as const;
const CN_STREETS = ['中山路', '人民路', '解放路', '建国路', '长安街', '南京路', '和平路', '新华路'];
const CN_DISTRICTS = ['朝阳区', '海淀区', '浦东新区', '天河区', '南山区', '西湖区', '鼓楼区', '武侯区'];

/** A random address of the given country. */
export function demoAddress(rng: Prng, country: DemoAddress['country']): DemoAddress {
  switch (country) {
    case 'US': {
      const [city, region, zip] = rng.pick(US_CITIES);
      const street = `${rng.between(1, 9999)} ${rng.pick(US_STREETS)} ${rng.pick(US_KINDS)}${rng.chance(0.2) ? `\nSuite ${rng.between(100, 900)}` : ''}`;
      return { street, city, region, postcode: `${zip}${rng.digits(2)}`, country };
    }
    case 'GB': {
      const [city, outward] = rng.pick(UK_CITIES);
      const inward = `${rng.int(10)}${rng.pick([...LETTERS])}${rng.pick([...LETTERS])}`;
      return { street: `${rng.between(1, 250)} ${rng.pick(UK_STREETS)} ${rng.pick(UK_KINDS)}`, city, region: '', postcode: `${outward} ${inward}`, country };
    }
    case 'DE': {
      const [city, region, plz] = rng.pick(DE_CITIES);
      return { street: `${rng.pick(DE_STREETS)} ${rng.between(1, 180)}`, city, region, postcode: String(plz + rng.int(80)).padStart(5, '0'), country };
    }
    case 'CN': {
      const [city, region, code] = rng.pick(CN_CITIES);
      const street = `${rng.pick(CN_DISTRICTS)}${rng.pick(CN_STREETS)}${rng.between(1, 999)}号${rng.chance(0.5) ? `${rng.between(1, 30)}楼` : ''}`;
      return { street, city, region, postcode: `${code}${rng.digits(3)}`, country };
    }
  }
}

/** A phone number valid for the country, typed the way people there write it. */
export function demoPhone(rng: Prng, country: DemoAddress['country'], mobile: boolean): string {
  switch (country) {
    case 'US':
      return `+1 ${rng.pick(['212', '415', '312', '617', '206', '303', '512', '305'])} ${rng.between(201, 989)} ${rng.digits(4)}`;
    case 'GB':
      return mobile ? `+44 7${rng.pick(['4', '5', '8'])}${rng.digits(2)} ${rng.digits(6)}` : `+44 20 7${rng.digits(3)} ${rng.digits(4)}`;
    case 'DE':
      return mobile
        ? `+49 15${rng.pick(['1', '2', '7'])} ${rng.digits(8)}`
        : `+49 ${rng.pick(['30', '40', '69'])} ${rng.between(2, 9)}${rng.digits(7)}`;
    case 'CN':
      return mobile
        ? `+86 1${rng.pick(['38', '39', '58', '59', '86', '88'])} ${rng.digits(4)} ${rng.digits(4)}`
        : `+86 ${rng.pick(['10', '21'])} ${rng.between(5, 7)}${rng.digits(3)} ${rng.digits(4)}`;
  }
}
