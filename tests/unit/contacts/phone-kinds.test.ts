import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { lineLabel, normalizePhone, phoneKind } from '../../../src/main/core/contacts/phone';

describe('reading a number’s kind of line', () => {
  it('reads every country’s example mobile number as a valid number, none of them a landline', () => {
    const misread = getCountries().flatMap((country) => {
      const example = getExampleNumber(country, examples);
      if (!example) return [];
      const phone = normalizePhone(example.formatNational(), country);
      return phone.valid && phone.kind !== 'fixed' ? [] : [`${country} ${example.formatNational()}: ${phone.valid ? phone.kind : 'invalid'}`];
    });
    expect(misread).toEqual([]);
  });

  it('tells a Chinese mobile from a landline and a 400 number, and leaves a US number to its label', () => {
    expect(['138 0013 8000', '0755-26881234', '400-800-1234', '12345'].map((n) => phoneKind(n, 'CN'))).toEqual(['mobile', 'fixed', 'fixed', null]);
    expect(phoneKind('(212) 555-0143', 'US')).toBeNull();
    expect(lineLabel('mobile', normalizePhone('0755-26881234', 'CN'))).toBe('work');
    expect(lineLabel('mobile', normalizePhone('138 0013 8000', 'CN'))).toBe('mobile');
    expect(lineLabel('home', normalizePhone('0755-26881234', 'CN'))).toBe('home');
  });
});
