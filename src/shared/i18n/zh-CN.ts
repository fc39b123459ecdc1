import type { BaseMessages, Messages } from './en';
import { shellZhCN } from './shell.zh-CN';
import { contactsZhCN } from './contacts.zh-CN';
import { contactPageZhCN } from './contactPage.zh-CN';
import { contactsListZhCN } from './contactsList.zh-CN';
import { documentsZhCN } from './documents.zh-CN';
import { importExportErrorsZhCN, importExportZhCN } from './importExport.zh-CN';
import { mailingsZhCN } from './mailings.zh-CN';
import { importsErrorsZhCN, importsZhCN } from './imports.zh-CN';

/** 简体中文 */
const baseZhCN: BaseMessages = {
  app: { name: 'Desk CRM 客户管理' },
  nav: { contacts: '联系人', trash: '回收站', settings: '设置', mainNavigation: '主导航' },
  common: {
    save: '保存',
    cancel: '取消',
    edit: '编辑',
    back: '返回',
    add: '添加',
    remove: '移除',
    loading: '正在加载…',
    search: '搜索',
    retry: '重试',
  },
  labels: { work: '工作', home: '住宅', mobile: '手机', billing: '账单', shipping: '收货', other: '其他' },
  fields: {
    kind: '类型',
    givenName: '名',
    familyName: '姓',
    companyName: '公司',
    displayName: '姓名',
    phones: '电话',
    emails: '邮箱',
    phone: '电话',
    email: '邮箱',
    label: '标签',
    value: '值',
    primary: '首选',
    locale: '语言',
    theme: '主题',
    defaultCountry: '默认国家/地区',
    updated: '更新时间',
  },
  contacts: {
    title: '联系人',
    add: '添加联系人',
    newPerson: '新联系人',
    editPerson: '编辑 {{name}}',
    searchPlaceholder: '搜索姓名、电话或邮箱',
    count_one: '{{count}} 位联系人',
    count_other: '{{count}} 位联系人',
    empty: '还没有联系人。添加第一位联系人，开始建立客户档案。',
    noMatch: '没有与“{{search}}”匹配的联系人。',
    created: '已添加 {{name}}。',
    saved: '已保存对 {{name}} 的修改。',
    moveToTrash: '移到回收站',
    movedToTrash: '已将 {{name}} 移到回收站。',
    restore: '恢复',
    restored: '已恢复 {{name}}。',
    inTrash: '此联系人在回收站中。',
    addPhone: '添加电话',
    addEmail: '添加邮箱',
    invalidPhone: '无法识别为电话号码，已按原样保存。',
    notFound: '此联系人不存在。',
  },
  trash: {
    title: '回收站',
    empty: '回收站是空的。',
    hint: '移到回收站的联系人会保留其历史记录，并可恢复。',
    deletedAt: '移入回收站时间',
  },
  settings: {
    title: '设置',
    language: '语言',
    languageSystem: '跟随系统',
    theme: '外观',
    themeLight: '浅色',
    themeDark: '深色',
    themeAuto: '跟随系统',
    defaultCountry: '电话号码的默认国家/地区',
    dataFile: '数据文件',
    version: '版本',
    saved: '设置已保存。',
  },
  errors: {
    unknownCountry: '不是已知的国家/地区代码',
    validationSummary: '请检查：{{issues}}',
    nameRequired: '姓名不能为空',
    notFound: '该记录不存在（可能已被删除）。',
    unknownMethod: '未知的请求“{{method}}”。',
    unauthorized: '此浏览器会话未获授权。请打开“npm run serve”输出的地址。',
    internal: '出现错误：{{detail}}',
    network: '无法连接到应用的数据服务。',
    dbNewerVersion: '此数据文件由更新版本的 Desk CRM 写入（{{found}}）。请更新应用后再打开；文件未被修改。',
  },
};

export const zhCN: Messages = {
  ...baseZhCN,
  fields: { ...baseZhCN.fields, ...contactsZhCN.fields },
  errors: {
    ...baseZhCN.errors,
    ...contactsZhCN.errors,
    importExport: importExportErrorsZhCN,
    imports: importsErrorsZhCN,
    mailings: mailingsZhCN.errors,
    sheet: documentsZhCN.sheetIssues,
    pdfBrowserMissing: '无法生成 PDF：在 {{path}} 找不到 Chrome 或 Chromium（{{detail}}）。',
  },
  contacts: { ...baseZhCN.contacts, ...contactsZhCN },
  contactPage: contactPageZhCN,
  contactsList: contactsListZhCN,
  documents: documentsZhCN,
  importExport: importExportZhCN,
  imports: importsZhCN,
  mailings: mailingsZhCN,
  shell: shellZhCN,
};
