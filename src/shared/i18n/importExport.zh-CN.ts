import type { importExportEn, importExportErrorsEn } from './importExport.en';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** 导入导出（简体中文） */
export const importExportZhCN: Widen<typeof importExportEn> = {
  fields: {
    fullName: '姓名',
    givenName: '名',
    middleName: '中间名',
    familyName: '姓',
    prefix: '称谓',
    suffix: '后缀',
    nickname: '昵称',
    company: '公司',
    department: '部门',
    title: '职位',
    birthday: '生日',
    anniversary: '纪念日',
    birthdayWithoutYear: '生日（无年份）',
    anniversaryWithoutYear: '纪念日（无年份）',
    notes: '备注',
    tags: '标签',
    tier: '客户等级',
    lifecycle: '客户阶段',
    source: '来源',
    owner: '负责人（员工）',
    website: '网址',
    phone: '电话（{{label}}）',
    email: '邮箱（{{label}}）',
    address: '地址（{{label}}）：{{part}}',
    ignore: '不导入',
  },
  addressParts: { full: '完整地址', street: '街道', city: '城市', region: '省/州', postcode: '邮编', country: '国家或地区' },
  presets: {
    google: 'Google 通讯录',
    outlook: 'Outlook',
    vcard: 'vCard（iPhone、iCloud、安卓）',
    chinese: '中文表格',
    generic: '表格',
  },
  dateOrders: {
    ymd: '年在前（1980-03-15）',
    dmy: '日在前（15/03/1980）',
    mdy: '月在前（03/15/1980）',
    askAmbiguous: '“{{column}}”中的日期既可按“日/月/年”也可按“月/日/年”理解，请选择：',
  },
  reasons: {
    notADate: '{{value}} 不是有效的日期',
    ambiguousDate: '{{value}} 无法确定是日在前还是月在前',
    dateWithoutYear: '{{value}} 缺少年份',
    notAnEmail: '{{value}} 不是有效的邮箱地址',
    notAPhone: '{{value}} 中没有电话号码',
    shortenedNumber: '{{value}} 是被 Excel 缩写的数字（科学计数法），文件中已没有完整号码。请在 Excel 中把该列设为“文本”格式，重新输入号码后再保存',
    nameMissing: '没有姓名、公司、电话或邮箱',
    totalsRow: '“{{value}}”是合计行，不是联系人',
  },
  issueInColumn: '第 {{row}} 行，{{column}}：{{reason}}',
  issueInRow: '第 {{row}} 行：{{reason}}',
};

/** 无法读取的文件的提示，合并到 `errors.importExport` 下。 */
export const importExportErrorsZhCN: Widen<typeof importExportErrorsEn> = {
  empty: '“{{file}}”是空文件。',
  tooLarge: '“{{file}}”大小为 {{sizeMb}} MB，可导入的文件最大为 {{limitMb}} MB。请拆分成较小的文件。',
  notAWorkbook: '“{{file}}”虽然文件名是 Excel 格式，但并不是 Excel 工作簿。请用 Excel 打开后另存为 .xlsx。',
  workbookIncomplete: '“{{file}}”不完整：工作簿的结尾缺失（可能是下载或复制被中断）。请从原处重新复制一份。',
  corruptWorkbook: '“{{file}}”已损坏，无法读取（{{detail}}）。请用 Excel 打开后重新保存。',
  sheetNotFound: '“{{file}}”中没有名为“{{sheet}}”的工作表。',
  unclosedQuote: '“{{file}}”第 {{line}} 行：此处开始的带引号的内容没有结束引号，文件其余部分无法读取。',
  cellTooLong: '“{{file}}”第 {{line}} 行，{{column}}：单元格超过 {{limitChars}} 个字符，超出表格单元格的容量。',
  vcardUnterminated: '“{{file}}”第 {{line}} 行：此处开始的名片没有 END:VCARD 结尾。',
  notAVcard: '“{{file}}”中没有任何名片（BEGIN:VCARD）。',
  unknownFormat: '“{{file}}”既不是表格文件（CSV、TXT、XLSX、XLS），也不是通讯录文件（vCard）。',
  fileMissing: '“{{file}}”已不存在，可能已被移动或删除。',
  unreadable: '无法读取“{{file}}”（{{detail}}）。请确认它没有在其他程序中打开，并且您有权限读取。',
};
