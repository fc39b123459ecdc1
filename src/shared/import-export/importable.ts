/**
 * The extensions of the files an import reads, as the open dialog and the browser's file input
 * offer them: text lists, Excel's, LibreOffice's and Apple Numbers' workbooks, address books.
 */
export const IMPORT_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'numbers', 'vcf', 'vcard'] as const;
