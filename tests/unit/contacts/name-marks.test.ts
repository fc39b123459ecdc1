import { describe, expect, it } from 'vitest';
import { markedLetters, markedWords, nameMarks, namesAgree } from '../../../src/main/core/contacts/name-marks';

type Name = [kind: 'person' | 'company', given: string, family: string, company?: string];
const marks = ([kind, given, family, company = '']: Name): [number, number] => {
  nameMarks(kind, company, given, '', family);
  return [markedLetters, markedWords];
};
const agree = (a: Name, b: Name) => namesAgree(...marks(a), ...marks(b));

describe('two contacts sharing an email or a phone', () => {
  it.each<[string, Name, Name]>([
    ['the same name', ['person', 'Anna', 'Weber'], ['person', 'Anna', 'Weber']],
    ['in another case and with accents left off', ['person', 'José', 'Müller'], ['person', 'jose', 'muller']],
    ['a name and its initial', ['person', 'A.', 'Weber'], ['person', 'Anna', 'Weber']],
    ['a given name alone', ['person', 'Anna', ''], ['person', 'Anna', 'Weber']],
    ['a name written family first in one cell', ['person', 'Weber, Anna', ''], ['person', 'Anna', 'Weber']],
    ['a Chinese family name alone (张先生)', ['person', '', '张'], ['person', '伟', '张']],
    ['a Chinese name split or whole', ['person', '王建国', ''], ['person', '建国', '王']],
    ['a Chinese family name with a title (王总, 李经理)', ['person', '总', '王'], ['person', '建国', '王']],
    ['a title written with the name in one cell', ['person', '李经理', ''], ['person', '娜', '李']],
    ['a Chinese name and its pinyin (Wang Jianguo)', ['person', 'Jianguo', 'Wang'], ['person', '建国', '王']],
    ['a Chinese name whole in one field and its pinyin written given name first', ['person', 'Jianguo Wang', ''], ['person', '', '王建国']],
    ['a Chinese name and its pinyin a syllable at a time', ['person', 'Jian-Guo', 'WANG'], ['person', '建国', '王']],
    ['a two-character family name and its pinyin', ['person', 'Xiu', 'Ouyang'], ['person', '', '欧阳修']],
    ['a family name read as one (单 as Shan)', ['person', 'Li', 'Shan'], ['person', '丽', '单']],
    ['a Chinese name with a title and a family name in pinyin', ['person', '总', '王'], ['person', '', 'Wang']],
    ['one without a name', ['person', '', ''], ['person', 'Anna', 'Weber']],
    ['two firms', ['company', '', '', 'Weber GmbH'], ['company', '', '', 'Weber Maschinenbau GmbH']],
    ['a row that names only its number (a sale’s customer)', ['company', '', '', ''], ['person', 'Anna', 'Weber']],
  ])('can be one contact: %s', (_, a, b) => {
    expect(agree(a, b)).toBe(true);
    expect(agree(b, a)).toBe(true);
  });

  it.each<[string, Name, Name]>([
    ['colleagues', ['person', 'Anna', 'Weber'], ['person', 'Jonas', 'Schmidt']],
    ['a couple on one home phone', ['person', 'Anna', 'Weber'], ['person', 'Peter', 'Weber']],
    ['an initial that is not the name’s', ['person', 'P.', 'Weber'], ['person', 'Anna', 'Weber']],
    ['two Chinese names of one family', ['person', '建国', '王'], ['person', '建华', '王']],
    ['Chinese colleagues', ['person', '建国', '王'], ['person', '娜', '李']],
    ['two bosses of other families', ['person', '王总', ''], ['person', '总', '李']],
    ['a firm and a person at it', ['company', '', '', '西湖茶叶有限公司'], ['person', '建国', '王']],
    ['a Chinese name and another’s pinyin', ['person', 'Wei', 'Wang'], ['person', '建国', '王']],
    ['a Chinese colleague and a Western one', ['person', 'Peter', 'Weber'], ['person', '建国', '王']],
  ])('are two contacts: %s', (_, a, b) => {
    expect(agree(a, b)).toBe(false);
    expect(agree(b, a)).toBe(false);
  });
});
