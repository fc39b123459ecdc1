import { shellEn } from './shell.en';
import { contactsEn } from './contacts.en';
import { contactPageEn } from './contactPage.en';
import { contactsListEn } from './contactsList.en';
import { documentsEn } from './documents.en';
import { importExportEn, importExportErrorsEn } from './importExport.en';
import { mailingsEn } from './mailings.en';
import { importsEn, importsErrorsEn } from './imports.en';
/** English strings. Keys are shared by the renderer and by the error messages the services return. */
const baseEn = {
  app: { name: 'Desk CRM' },
  nav: { contacts: 'Contacts', trash: 'Trash', settings: 'Settings', mainNavigation: 'Main navigation' },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    back: 'Back',
    add: 'Add',
    remove: 'Remove',
    loading: 'Loading…',
    search: 'Search',
    retry: 'Try again',
  },
  labels: { work: 'Work', home: 'Home', mobile: 'Mobile', billing: 'Billing', shipping: 'Shipping', fax: 'Fax', other: 'Other' },
  fields: {
    kind: 'Type',
    givenName: 'Given name',
    familyName: 'Family name',
    companyName: 'Company',
    displayName: 'Name',
    phones: 'Phone',
    emails: 'Email',
    phone: 'Phone',
    email: 'Email',
    label: 'Label',
    value: 'Value',
    primary: 'Primary',
    locale: 'Language',
    theme: 'Theme',
    defaultCountry: 'Default country',
    updated: 'Updated',
  },
  contacts: {
    title: 'Contacts',
    add: 'Add person',
    newPerson: 'New person',
    editPerson: 'Edit {{name}}',
    searchPlaceholder: 'Search name, phone or email',
    count_one: '{{count, number}} contact',
    count_other: '{{count, number}} contacts',
    empty: 'No contacts yet. Add the first person to start your customer file.',
    noMatch: 'No contact matches “{{search}}”.',
    created: '{{name}} was added.',
    saved: 'Changes to {{name}} were saved.',
    moveToTrash: 'Move to trash',
    movedToTrash: '{{name}} was moved to the trash.',
    restore: 'Restore',
    restored: '{{name}} was restored.',
    inTrash: 'This contact is in the trash.',
    addPhone: 'Add phone',
    addEmail: 'Add email',
    invalidPhone: 'Could not be read as a phone number; kept as typed.',
    notFound: 'This contact does not exist.',
  },
  trash: {
    title: 'Trash',
    empty: 'The trash is empty.',
    hint: 'Contacts moved to the trash keep their history and can be restored.',
    deletedAt: 'Moved to trash',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageSystem: 'Follow the system',
    theme: 'Appearance',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeAuto: 'Follow the system',
    defaultCountry: 'Office country',
    defaultCountryHelp: 'Phone numbers without a country code are read as this country’s, dates and numbers are written as here ({{example}}), and letters use its paper size unless you choose one.',
    dataFile: 'Data file',
    version: 'Version',
    saved: 'Settings saved.',
  },
  errors: {
    unknownCountry: 'is not a known country code',
    validationSummary: 'Please check: {{issues}}',
    nameRequired: 'a name is required',
    notFound: 'The record does not exist (it may have been deleted).',
    unknownMethod: 'Unknown request “{{method}}”.',
    unauthorized: 'This browser session is not authorised. Open the address printed by “npm run serve”.',
    internal: 'Something went wrong: {{detail}}',
    busy: 'The data file is busy: an import is being written to it. Nothing was changed; try again once the import has finished.',
    network: 'The app’s data service cannot be reached.',
    dbNewerVersion:
      'This data file was written by a newer version of Desk CRM ({{found}}). Update the app to open it; the file was not changed.',
  },
};

/** The whole catalogue: the base strings and each area's own file. */
export const en = {
  ...baseEn,
  fields: { ...baseEn.fields, ...contactsEn.fields },
  errors: {
    ...baseEn.errors,
    ...contactsEn.errors,
    importExport: importExportErrorsEn,
    imports: importsErrorsEn,
    mailings: mailingsEn.errors,
    sheet: documentsEn.sheetIssues,
    pdfBrowserMissing: 'Cannot make the PDF: no Chrome or Chromium at {{path}} ({{detail}}).',
  },
  contacts: { ...baseEn.contacts, ...contactsEn },
  contactPage: contactPageEn,
  contactsList: contactsListEn,
  documents: documentsEn,
  importExport: importExportEn,
  imports: importsEn,
  mailings: mailingsEn,
  shell: shellEn,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
export type BaseMessages = Widen<typeof baseEn>;
