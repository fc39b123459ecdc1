import { describe, expect, it } from 'vitest';
import { formatAddressBlock, formatAddressLines, toPostalAddress } from '../../../src/shared/address';
import { beijing, berlin, paloAlto } from './support/fixtures';

describe('postal address formats', () => {
  it('prints a German address street first, postcode before the city, no country at home', () => {
    expect(formatAddressBlock(['Herrn Dr. Hans Weber'], berlin, { senderCountry: 'DE' })).toEqual([
      'Herrn Dr. Hans Weber',
      'Hauptstraße 5',
      '10115 Berlin',
    ]);
  });

  it('prints a US address with city, state code and ZIP on one line', () => {
    expect(formatAddressLines(paloAlto, { senderCountry: 'US' })).toEqual(['301 Hamilton Avenue', 'Palo Alto, CA 94301']);
  });

  it('prints a Chinese address postcode first, province and city, street, then the name', () => {
    expect(formatAddressBlock(['王小明 先生'], beijing, { senderCountry: 'CN' })).toEqual([
      '100080',
      '北京市海淀区',
      '中关村大街1号',
      '王小明 先生',
    ]);
  });

  it('adds the destination country in capitals for mail abroad, after the name for China', () => {
    expect(formatAddressLines(berlin, { senderCountry: 'US' }).at(-1)).toBe('GERMANY');
    expect(formatAddressLines(paloAlto, { senderCountry: 'DE' }).at(-1)).toBe('UNITED STATES');
    expect(formatAddressBlock(['王小明 先生'], beijing, { senderCountry: 'DE' }).slice(-2)).toEqual(['王小明 先生', 'CHINA']);
  });

  it('keeps second street lines (apartment, building) under the first', () => {
    const lines = formatAddressLines({ ...paloAlto, lines: ['301 Hamilton Avenue', 'Suite 200'] }, { senderCountry: 'US' });
    expect(lines).toEqual(['301 Hamilton Avenue', 'Suite 200', 'Palo Alto, CA 94301']);
  });

  it('prints a municipality once when province and city are the same', () => {
    const shanghai = { lines: ['南京东路100号'], city: '上海市黄浦区', region: '上海市', postcode: '200001', countryCode: 'CN' };
    expect(formatAddressLines(shanghai, { senderCountry: 'CN' })).toEqual(['200001', '上海市黄浦区', '南京东路100号']);
  });
});

describe('addresses as the contacts store them', () => {
  it('splits the street text into lines and reads the country code in any case', () => {
    expect(toPostalAddress({ street: 'Hauptstraße 5\n Hinterhaus \n', city: 'Berlin ', region: '', postcode: '10115', country: 'de' })).toEqual({
      lines: ['Hauptstraße 5', 'Hinterhaus'],
      city: 'Berlin',
      postcode: '10115',
      countryCode: 'DE',
    });
  });
});
