import type { PostalAddress } from '../../../../src/shared/address/postal-address';
import type { Recipient } from '../../../../src/shared/documents/recipient';

export const berlin: PostalAddress = { lines: ['Hauptstraße 5'], city: 'Berlin', postcode: '10115', countryCode: 'DE' };
export const paloAlto: PostalAddress = { lines: ['301 Hamilton Avenue'], city: 'Palo Alto', region: 'California', postcode: '94301', countryCode: 'US' };
export const beijing: PostalAddress = { lines: ['中关村大街1号'], city: '海淀区', region: '北京市', postcode: '100080', countryCode: 'CN' };

export const weber: Recipient = { id: 1, kind: 'person', givenName: 'Hans', familyName: 'Weber', salutation: 'mr', title: 'Dr.', address: berlin };
export const smith: Recipient = { id: 2, kind: 'person', givenName: 'John', familyName: 'Smith', salutation: 'mr', address: paloAlto };
export const wang: Recipient = { id: 3, kind: 'person', givenName: '小明', familyName: '王', salutation: 'mr', address: beijing };

const streets = ['Lindenallee', 'Rosenweg', 'Am Markt', 'Bahnhofstraße', 'Schillerplatz', 'Gartenstraße', 'Ringstraße'];
const given = ['Anna', 'Peter', 'Maria', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Paul'];
const family = ['Müller', 'Schmidt', 'Fischer', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter', 'Klein'];

/** n German customers at distinct addresses, deterministic. */
export function germanRecipients(n: number, firstId = 100): Recipient[] {
  return Array.from({ length: n }, (_, i) => ({
    id: firstId + i,
    kind: 'person' as const,
    givenName: given[i % given.length]!,
    familyName: `${family[i % family.length]!}${i}`,
    salutation: i % 2 ? ('ms' as const) : ('mr' as const),
    address: { lines: [`${streets[i % streets.length]!} ${(i % 97) + 1}`], city: 'Hamburg', postcode: String(20000 + ((i * 37) % 2000)), countryCode: 'DE' },
  }));
}
