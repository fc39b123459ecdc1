import { describe, expect, it } from 'vitest';
import { joinAddress, joinAddressPieces, splitAddress, splitFullName } from '../../../src/shared/import-export';

describe('splitting a full name', () => {
  it.each([
    ['欧阳娜娜', '欧阳', '娜娜'],
    ['司马光', '司马', '光'],
    ['诸葛亮', '诸葛', '亮'],
    ['上官婉儿', '上官', '婉儿'],
    ['歐陽修', '歐陽', '修'],
    ['王小明', '王', '小明'],
    ['李白', '李', '白'],
    ['王 小明', '王', '小明'],
  ])('splits the Chinese name %s into family %s and given %s', (full, family, given) => {
    expect(splitFullName(full)).toMatchObject({ familyName: family, givenName: given });
  });

  it('reads a two-character name that starts like a compound surname as surname plus given name', () => {
    // 司马 alone is a two-character name (family 司, given 马), not a bare surname.
    expect(splitFullName('司马')).toMatchObject({ familyName: '司', givenName: '马' });
  });

  it('puts a transliterated foreign name given name first', () => {
    expect(splitFullName('约翰·史密斯')).toMatchObject({ givenName: '约翰', familyName: '史密斯' });
  });

  it('splits a Western name with prefix, middle name and suffix', () => {
    expect(splitFullName('Dr. Anna M. Weber Jr.')).toEqual({ prefix: 'Dr.', givenName: 'Anna', middleName: 'M.', familyName: 'Weber', suffix: 'Jr.' });
  });

  it('reads "Family, Given" and keeps particles with the family name', () => {
    expect(splitFullName('Weber, Anna')).toMatchObject({ givenName: 'Anna', familyName: 'Weber' });
    expect(splitFullName('Ludwig van Beethoven')).toMatchObject({ givenName: 'Ludwig', familyName: 'van Beethoven' });
    expect(splitFullName('John Smith, PhD')).toMatchObject({ givenName: 'John', familyName: 'Smith', suffix: 'PhD' });
    expect(splitFullName('Madonna')).toMatchObject({ givenName: 'Madonna', familyName: '' });
  });

  it('takes a Chinese form of address or title after the name (张先生, 李娜女士, 欧阳小姐, 王总) as its prefix, not as the given name', () => {
    expect(splitFullName('王小明先生')).toEqual({ prefix: '先生', givenName: '小明', middleName: '', familyName: '王', suffix: '' });
    expect(splitFullName('张先生')).toEqual({ prefix: '先生', givenName: '', middleName: '', familyName: '张', suffix: '' });
    expect(splitFullName('欧阳小姐')).toMatchObject({ prefix: '小姐', givenName: '', familyName: '欧阳' });
    expect(splitFullName('欧阳娜娜女士')).toMatchObject({ prefix: '女士', givenName: '娜娜', familyName: '欧阳' });
    // A title after the name is its prefix too (王总, 张经理, 欧阳老师, 王建国经理); one of one character only after a family name alone.
    expect(splitFullName('王总')).toEqual({ prefix: '总', givenName: '', middleName: '', familyName: '王', suffix: '' });
    expect(splitFullName('张经理')).toMatchObject({ prefix: '经理', givenName: '', familyName: '张' });
    expect(splitFullName('欧阳老师')).toMatchObject({ prefix: '老师', givenName: '', familyName: '欧阳' });
    expect(splitFullName('王建国经理')).toMatchObject({ prefix: '经理', givenName: '建国', familyName: '王' });
    expect(splitFullName('孙工')).toMatchObject({ prefix: '工', givenName: '', familyName: '孙' });
    expect(splitFullName('李建工')).toMatchObject({ prefix: '', givenName: '建工', familyName: '李' });
  });

  it('keeps a household’s two given names together before the name they share, reads "Mr & Mrs" as one form of address, and the one word after a form of address as the family name', () => {
    expect(splitFullName('Anna & Peter Weber')).toEqual({ prefix: '', givenName: 'Anna & Peter', middleName: '', familyName: 'Weber', suffix: '' });
    expect(splitFullName('John and Mary Smith')).toMatchObject({ givenName: 'John and Mary', familyName: 'Smith' });
    expect(splitFullName('Jean et Marie Dupont')).toMatchObject({ givenName: 'Jean et Marie', familyName: 'Dupont' });
    expect(splitFullName('Mr & Mrs John Smith')).toEqual({ prefix: 'Mr & Mrs', givenName: 'John', middleName: '', familyName: 'Smith', suffix: '' });
    expect(splitFullName('Herr und Frau Müller')).toMatchObject({ prefix: 'Herr und Frau', givenName: '', familyName: 'Müller' });
    expect(splitFullName('Mr Smith')).toMatchObject({ prefix: 'Mr', givenName: '', familyName: 'Smith' });
    // Not a household: a middle name or initial stays one.
    expect(splitFullName('Anna Maria Weber')).toMatchObject({ givenName: 'Anna', middleName: 'Maria', familyName: 'Weber' });
    expect(splitFullName('John E. Smith')).toMatchObject({ givenName: 'John', middleName: 'E.', familyName: 'Smith' });
    expect(splitFullName('Maria Y Garcia')).toMatchObject({ givenName: 'Maria', middleName: 'Y', familyName: 'Garcia' });
    expect(splitFullName('Maria e João Silva')).toMatchObject({ givenName: 'Maria e João', familyName: 'Silva' });
  });

  it('reads a family name written first in capitals as the family name, as passports and French lists write it, and a name all in capitals as any other', () => {
    expect(splitFullName('WANG Xiaoming')).toMatchObject({ givenName: 'Xiaoming', familyName: 'WANG' });
    expect(splitFullName('Dr. DUPONT Jean-Pierre')).toMatchObject({ prefix: 'Dr.', givenName: 'Jean-Pierre', familyName: 'DUPONT' });
    expect(splitFullName('ANNA WEBER')).toMatchObject({ givenName: 'ANNA', familyName: 'WEBER' });
    expect(splitFullName('John SMITH')).toMatchObject({ givenName: 'John', familyName: 'SMITH' });
  });
});

describe('splitting and joining addresses', () => {
  it('splits a Chinese address into province, city and street', () => {
    expect(splitAddress('广东省深圳市南山区科技园路1号')).toEqual({ region: '广东省', city: '深圳市', street: '南山区科技园路1号', postcode: '', country: '' });
    expect(splitAddress('中国北京市朝阳区建国路88号 100020')).toEqual({ country: '中国', region: '北京市', city: '北京市', street: '朝阳区建国路88号', postcode: '100020' });
    expect(splitAddress('新疆维吾尔自治区乌鲁木齐市天山区')).toMatchObject({ region: '新疆维吾尔自治区', city: '乌鲁木齐市', street: '天山区' });
  });

  it('takes a Hong Kong or Macau address for that place’s, not a Chinese province’s, but not a mainland street named after Hong Kong (香港中路 in Qingdao)', () => {
    expect(splitAddress('香港九龍旺角彌敦道100號')).toEqual({ country: '香港', region: '', city: '', street: '九龍旺角彌敦道100號', postcode: '' });
    expect(splitAddress('中国澳门新马路100号')).toMatchObject({ country: '澳门', street: '新马路100号' });
    expect(splitAddress('香港中路10号')).toEqual({ country: '', region: '', city: '', street: '香港中路10号', postcode: '' });
    expect(splitAddress('山东省青岛市市南区香港中路10号 266071')).toEqual({ country: '', region: '山东省', city: '青岛市', street: '市南区香港中路10号', postcode: '266071' });
  });

  it('splits US, German and British one-line addresses', () => {
    expect(splitAddress('1 Main St, Springfield, IL 62701, USA')).toEqual({ street: '1 Main St', city: 'Springfield', region: 'IL', postcode: '62701', country: 'USA' });
    expect(splitAddress('Marienplatz 1, 80331 München')).toEqual({ street: 'Marienplatz 1', city: 'München', region: '', postcode: '80331', country: '' });
    expect(splitAddress('10 Downing St\nLondon SW1A 2AA')).toMatchObject({ street: '10 Downing St', city: 'London', postcode: 'SW1A 2AA' });
  });

  it('splits an address whose state and ZIP code are pieces of their own, and one written with two spaces between its pieces, as Mailchimp exports it', () => {
    const springfield = { street: '1 Main St\nSuite 5', city: 'Springfield', region: 'IL', postcode: '62701', country: 'US' };
    expect(splitAddress('1 Main St, Suite 5, Springfield, IL, 62701, US')).toEqual(springfield);
    expect(splitAddress('1 Main St  Suite 5  Springfield  IL  62701  US')).toEqual(springfield);
    expect(splitAddress('1701 Bristol Ave.  Barrington  Rhode Island  02806  USA')).toEqual({ street: '1701 Bristol Ave.', city: 'Barrington', region: 'Rhode Island', postcode: '02806', country: 'USA' });
    expect(splitAddress('Hauptstraße 5  01067 Dresden')).toEqual({ street: 'Hauptstraße 5', city: 'Dresden', region: '', postcode: '01067', country: '' });
    expect(splitAddress('Hauptstraße 5, Dresden, 01067')).toEqual({ street: 'Hauptstraße 5', city: 'Dresden', region: '', postcode: '01067', country: '' });
  });

  it('joins street pieces from several columns: Chinese run together, others on new lines', () => {
    expect(joinAddressPieces(['南山区', '科技园路1号'])).toBe('南山区科技园路1号');
    expect(joinAddressPieces(['1 Microsoft Way', 'Building 4', ''])).toBe('1 Microsoft Way\nBuilding 4');
  });

  it('joins parts into one line in the order the country writes them', () => {
    expect(joinAddress({ street: '南山区科技园路1号', city: '深圳市', region: '广东省', postcode: '518000', country: '' })).toBe('广东省深圳市南山区科技园路1号 518000');
    expect(joinAddress({ street: '1 Main St', city: 'Springfield', region: 'IL', postcode: '62701', country: 'USA' })).toBe('1 Main St, Springfield, IL 62701, USA');
  });
});
