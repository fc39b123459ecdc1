import { pinyin } from 'pinyin-pro';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * Spells the Chinese characters of a text in toneless pinyin, one syllable per character,
 * so Chinese and latin names sort together ("陈伟" between "Baker" and "Davis").
 * @example spellPinyin('陈伟') // 'chen wei'
 */
export function spellPinyin(text: string, surname = false): string {
  if (!HAN.test(text)) return text;
  return text
    .replace(HAN_RUN, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array', ...(surname ? { surname: 'all' } : {}) }).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}
