import type { documentsEn } from './documents.en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** 信函、信封与标签的中文文字；合并到 `documents` 之下。 */
export const documentsZhCN: Shape<typeof documentsEn> = {
  greeting: {
    mr: '尊敬的{{name}}先生：',
    ms: '尊敬的{{name}}女士：',
    name: '尊敬的{{name}}：',
    neutral: '尊敬的先生/女士：',
  },
  skip: {
    noAddress: '没有可用的邮寄地址',
    noLetters: '本人要求不接收信件',
  },
  flag: {
    shrunk: '文字已缩小以适合（{{size}} 磅）',
    overflow: '即使缩小到 {{size}} 磅仍放不下：请缩短“{{line}}”',
  },
  sheetIssues: {
    offPaperRight: '标签超出纸张右边缘 {{mm}} 毫米。',
    offPaperBottom: '标签超出纸张下边缘 {{mm}} 毫米。',
    offPaperLeft: '标签起点在纸张左边缘之外 {{mm}} 毫米。',
    offPaperTop: '标签起点在纸张上边缘之外 {{mm}} 毫米。',
    overlap: '第 {{label}} 张与第 {{other}} 张标签重叠 {{mm}} 毫米。',
    empty: '这张标签纸上没有标签。',
  },
  postcodeLabel: '邮政编码：',
  chinesePostcodeLabel: '邮政编码：',
  letterForms: {
    'din5008-a': 'DIN 5008 A 式（A4，DL 开窗信封）',
    'din5008-b': 'DIN 5008 B 式（A4，DL 开窗信封）',
    'us-10': '美式 Letter，#10 开窗信封',
  },
  mergeFields: {
    salutation: '称呼',
    title: '头衔',
    givenName: '名',
    familyName: '姓',
    fullName: '姓名',
    company: '公司',
    addressBlock: '地址块',
    date: '今天的日期',
    ownerName: '您的姓名',
    signature: '签名',
  },
  calibration: {
    title: '打印机校准',
    instructions: [
      '请用普通纸按 100% 比例打印本页（不要选择“适合页面”）。',
      '两个十字应距纸张上边和左边（以及下边和右边）各 30 毫米。',
      '从标尺上读出偏移量并填写：向右、向下为正数。',
    ],
    shiftX: '向右偏移（毫米）',
    shiftY: '向下偏移（毫米）',
  },
  regions: { ISO: '国际（ISO）', US: '北美', CN: '中国' },
};
