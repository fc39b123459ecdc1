import { describe, expect, it } from 'vitest';
import { decimalMarkOf, readNumber } from '../../../src/shared/import-export/numbers';
import { guessFieldType } from '../../../src/main/core/imports/field-type-guess';

describe('a number as people and spreadsheets write it', () => {
  it('is read with either mark for decimals, and thousands grouped by dots, commas, spaces or apostrophes', () => {
    const read = (t: string) => readNumber(t, '.');
    expect(['1234.5', '1,234.50', '1.234,50', '12,5', '1 234,5', '1\u00a0234,5', "1'234.5", '-3', '+7', '1.234.567', '1,234,567.89', '1.5e-7'].map(read)).toEqual([
      1234.5, 1234.5, 1234.5, 12.5, 1234.5, 1234.5, 1234.5, -3, 7, 1234567, 1234567.89, 1.5e-7,
    ]);
    // Typed with a Chinese input method on: full-width digits and marks.
    expect(['１２８０', '１，２８０．５', '￥１，２００'].map(read)).toEqual([1280, 1280.5, 1200]);
  });

  it('reads a lone mark before three digits as the office writes it: 1.234 is a thousand and more in Germany, one and a bit in the US', () => {
    expect([readNumber('1.234', ','), readNumber('1,234', ','), readNumber('1.234', '.'), readNumber('1,234', '.')]).toEqual([1234, 1.234, 1.234, 1234]);
    // Not a thousands group: a leading zero, or more than three digits in front.
    expect([readNumber('0,125', '.'), readNumber('1234,567', '.')]).toEqual([0.125, 1234.567]);
  });

  it('leaves out a currency sign before or after it, and a percent sign after it', () => {
    expect(['¥1,200.00', '￥88', '12,50 €', '€ 12', '-€12', '$3.5', '88元', '15%', '£1,000'].map((t) => readNumber(t, '.'))).toEqual([1200, 88, 12.5, 12, -12, 3.5, 88, 15, 1000]);
  });

  it('is no number when it has words, a currency code, misplaced groups or two decimal marks', () => {
    expect(['about 500', 'EUR 12', '1,23.4', '1.2.3', '1.23,4,5', '', '-', '12-34', '€', '%', '12 €€'].map((t) => readNumber(t, '.'))).toEqual(Array(11).fill(null));
  });

  it('takes the decimal mark from the office’s locale', () => {
    expect([decimalMarkOf('de-DE'), decimalMarkOf('fr-FR'), decimalMarkOf('en-US'), decimalMarkOf('zh-CN'), decimalMarkOf('en-DE')]).toEqual([',', ',', '.', '.', ',']);
  });
});

describe('the type a new field is given from its column’s values', () => {
  it('is a date, number or yes/no only when every value is one', () => {
    expect(guessFieldType(['15.03.2024', '', '01.02.2023'], ',')).toBe('date');
    expect(guessFieldType(['2024-03-15', 'next week'], ',')).toBe('text');
    expect(guessFieldType(['1.250,00', '80', '-5'], ',')).toBe('number');
    expect(guessFieldType(['Yes', 'no', 'x'], '.')).toBe('yesno');
    expect(guessFieldType(['是', '否'], '.')).toBe('yesno');
    expect(guessFieldType(['¥1,200.00', '¥88'], '.')).toBe('number');
    expect(guessFieldType(['15%', '5%'], '.')).toBe('number');
  });

  it('leaves codes as text: whole numbers, leading zeros, 1 and 0, and year-months', () => {
    expect(guessFieldType(['10001', '10002'], '.')).toBe('text');
    expect(guessFieldType(['01067', '0.5'], '.')).toBe('text');
    expect(guessFieldType(['1', '0', '1'], '.')).toBe('text');
    expect(guessFieldType(['1985.12', '1990.3'], '.')).toBe('text');
    expect(guessFieldType([], '.')).toBe('text');
  });
});
