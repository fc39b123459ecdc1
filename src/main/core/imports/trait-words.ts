import { Lifecycle, Tier } from '../../../shared/contacts/contact-traits';
import { contactsEn } from '../../../shared/i18n/contacts.en';
import { contactsZhCN } from '../../../shared/i18n/contacts.zh-CN';

type TierT = (typeof Tier.options)[number];
type LifecycleT = (typeof Lifecycle.options)[number];

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

function table<K extends string>(keys: readonly K[], catalogues: Record<string, string>[], extra: Record<string, K>): Map<string, K> {
  const map = new Map<string, K>();
  for (const k of keys) {
    map.set(k, k);
    for (const c of catalogues) if (c[k]) map.set(fold(c[k]), k);
  }
  for (const [w, k] of Object.entries(extra)) map.set(fold(w), k);
  return map;
}

const TIERS = table(Tier.options, [contactsEn.tiers, contactsZhCN.tiers], { vip: 'key', a: 'key', 重要客户: 'key', 核心客户: 'key', b: 'major', c: 'regular', d: 'small' });
const LIFECYCLES = table(Lifecycle.options, [contactsEn.lifecycles, contactsZhCN.lifecycles], { 意向客户: 'prospect', 老客户: 'repeat', 新客户: 'customer' });

/** A tier as a file writes it (our own export's words in either language, or a code). */
export const tierFromWord = (word: string): TierT | null => TIERS.get(fold(word)) ?? null;
/** A lifecycle stage as a file writes it. */
export const lifecycleFromWord = (word: string): LifecycleT | null => LIFECYCLES.get(fold(word)) ?? null;
