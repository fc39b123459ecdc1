import { describe, expect, it } from 'vitest';
import { PreviewIssue } from '../../../src/shared/contract/imports.contract';
import { importsText } from '../../../src/main/core/imports/imports-text';
import { problemText } from '../../../src/main/core/imports/row-problem';

const reasons = PreviewIssue.shape.reason.options;

describe('a row the import cannot take', () => {
  it.each(['en', 'zh-CN'] as const)('is worded in %s for every reason the preview can give, with the row, column and value', (locale) => {
    const t = importsText(locale);
    for (const reason of reasons) {
      const text = problemText({ row: 17, column: 'Birthday', value: '15.03.', reason }, t);
      expect(text, reason).toContain('17');
      expect(text, reason).toContain('Birthday');
      expect(text, reason).not.toMatch(/reasons\.|imports\.|importExport\./);
    }
  });

  it('says a date without a year has none', () => {
    expect(problemText({ row: 3, column: 'Birthday', value: '15.03.', reason: 'dateWithoutYear' }, importsText('en'))).toBe('Row 3, Birthday: 15.03. has no year');
    expect(problemText({ row: 3, column: '生日', value: '3月15日', reason: 'dateWithoutYear' }, importsText('zh-CN'))).toBe('第 3 行，生日：3月15日 缺少年份');
  });
});
