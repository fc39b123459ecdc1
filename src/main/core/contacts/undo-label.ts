import { translator } from '../../../shared/i18n/translate';
import type { ServiceContext } from '../context';

/**
 * The words an undo batch is listed under, in the language of the person who made the change
 * (e.g. "Tag 1,000 contacts as VIP").
 */
export function undoLabel(ctx: Pick<ServiceContext, 'locale' | 'formats'>, key: string, count: number, params: Record<string, unknown> = {}): string {
  return translator(ctx.locale, ctx.formats)(`contacts.undoLabels.${key}`, { count, ...params });
}
