import { z } from 'zod';
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../contract/result';
import type { Locale } from '../contract/settings.contract';

const zodLocales = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } as const;

/** Zod's own wording of a failed check, in the user's language. */
export const zodErrorMap = (locale: Locale) => zodLocales[locale].localeError;

/**
 * Names a path as the user knows the field: ["phones", 1, "value"] -> "Phone 2".
 * @example fieldName(['emails', 0, 'value'], t) // 'Email 1'
 */
export function fieldName(path: readonly PropertyKey[], t: TFunction): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === 'number') {
      if (parts.length) parts[parts.length - 1] += ` ${seg + 1}`;
      else parts.push(`#${seg + 1}`);
    } else if (typeof seg === 'string') {
      if (seg === 'value' && parts.length) continue;
      if (/^row:\d+$/.test(seg)) continue;
      parts.push(t(`fields.${seg}`, { defaultValue: seg }));
    }
  }
  return parts.join(' › ');
}

/** Turns a zod error into field issues worded in the user's language. */
export function describeIssues(error: z.ZodError, t: TFunction): FieldIssue[] {
  return error.issues.map((issue) => {
    const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
    const key = typeof params?.key === 'string' ? params.key : undefined;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return {
      path,
      field: fieldName(path, t),
      message: key ? t(`errors.${key}`, params ?? {}) : issue.message,
    };
  });
}

/** One line for a toast: "Email 1: Invalid email address; Given name: a name is required". */
export function summarizeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ');
}
