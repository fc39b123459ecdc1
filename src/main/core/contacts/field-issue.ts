import type { FieldIssue } from '../../../shared/contract/result';
import { translator } from '../../../shared/i18n/translate';
import { fieldName } from '../../../shared/validation/describe-issues';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

/**
 * A validation failure found by a service (not by the schema), worded like schema errors:
 * the field as the person knows it and the message in their language.
 * @example throw invalid(ctx, [{ path: ['ownerId'], key: 'unknownStaff', params: { id: 7 } }]);
 */
export function invalid(
  ctx: Pick<ServiceContext, 'locale' | 'formats'>,
  problems: { path: (string | number)[]; key: string; params?: Record<string, unknown>; field?: string }[],
): AppError {
  const t = translator(ctx.locale, ctx.formats);
  const issues: FieldIssue[] = problems.map((p) => ({
    path: p.path,
    field: p.field ?? fieldName(p.path, t),
    message: t(`errors.${p.key}`, p.params ?? {}),
  }));
  return new AppError('validation', problems[0]?.key ?? 'validation', {}, issues);
}
