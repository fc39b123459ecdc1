/** Names and company words the demo data is drawn from. */
export const EN_GIVEN = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Emily', 'Matthew', 'Olivia',
  'George', 'Amelia', 'Oliver', 'Isla', 'Harry', 'Sophie', 'Jack', 'Grace', 'Noah', 'Chloe', 'Zoe', 'Ethan',
];
export const EN_FAMILY = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore',
  'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen', 'Young', 'King',
  'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Evans', 'Hughes', 'Roberts', 'Patel', 'Khan', 'Murphy', 'O\u2019Brien',
];
export const DE_GIVEN = [
  'Anna', 'Lukas', 'Lena', 'Jonas', 'Laura', 'Felix', 'Julia', 'Maximilian', 'Sophie', 'Paul', 'Katharina', 'Leon',
  'Marie', 'Tobias', 'Hannah', 'Jürgen', 'Ursula', 'Klaus', 'Monika', 'Stefan', 'Sabine', 'Andreas', 'Petra', 'Björn',
];
export const DE_FAMILY = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch',
  'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann',
];
export const CN_FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗', '郑', '梁', '谢', '宋'];
export const CN_GIVEN = [
  '小明', '伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰',
  '霞', '平', '刚', '桂英', '建华', '文', '晓东', '海燕', '志强', '婷婷', '子涵', '欣怡', '浩然', '宇轩', '雨萱', '梓涵',
];
export const EN_COMPANY_WORDS = ['Northwind', 'Bluebell', 'Harbour', 'Summit', 'Oakridge', 'Riverside', 'Crown', 'Pioneer', 'Granite', 'Meadow'];
export const EN_INDUSTRY = ['Trading', 'Logistics', 'Dental Care', 'Print Works', 'Supplies', 'Engineering', 'Foods', 'Textiles'];
export const EN_SUFFIX = ['Ltd', 'Inc.', 'LLC', 'plc', '& Co.'];
export const DE_INDUSTRY = ['Maschinenbau', 'Logistik', 'Handel', 'Elektrotechnik', 'Druckerei', 'Bäckerei', 'Zahnarztpraxis', 'Metallbau'];
export const DE_SUFFIX = ['GmbH', 'AG', 'KG', 'GmbH & Co. KG', 'e.K.'];
export const CN_BRAND = ['明华', '恒通', '瑞丰', '金达', '华信', '永兴', '宏远', '嘉禾', '鼎盛', '天成'];
export const CN_INDUSTRY = ['贸易', '物流', '科技', '机械', '印刷', '食品', '纺织', '医疗器械'];
export const CN_SUFFIX = ['有限公司', '股份有限公司', '集团有限公司'];
export const TITLES_EN = ['Purchasing Manager', 'Owner', 'Office Manager', 'Director', 'Accountant', 'Sales Lead'];
export const TITLES_DE = ['Einkaufsleiter', 'Geschäftsführerin', 'Büroleitung', 'Inhaber', 'Buchhaltung'];
export const TITLES_CN = ['采购经理', '总经理', '办公室主任', '财务', '销售主管'];
