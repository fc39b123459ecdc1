import { pinyin } from 'pinyin-pro';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * Syllables per run of Chinese characters, cached: names repeat across a file ("王" in 王1, 王2 ...)
 * and pinyin-pro's segmentation was a tenth of a bulk import. Cleared when it grows large.
 */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, readonly string[]>();

function runSyllables(run: string, surname: boolean): readonly string[] {
  const key = surname ? `s${run}` : `g${run}`;
  let syllables = cache.get(key);
  if (!syllables) {
    syllables = pinyin(run, { toneType: 'none', type: 'array', ...(surname ? { surname: 'all' } : {}) }).filter(Boolean);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, syllables);
  }
  return syllables;
}

/**
 * Toneless pinyin syllables of the Chinese characters in `text`, other characters dropped;
 * `surname` reads them as a family name (单 as shan, not dan).
 * @example hanSyllables('王123', true) // ['wang']
 */
export function hanSyllables(text: string, surname = false): string[] {
  const runs = text.match(HAN_RUN);
  if (!runs) return [];
  return runs.length === 1 ? runSyllables(runs[0]!, surname).slice() : runs.flatMap((r) => runSyllables(r, surname));
}

/**
 * Spells the Chinese characters of a text in toneless pinyin, one syllable per character,
 * so Chinese and latin names sort together ("陈伟" between "Baker" and "Davis").
 * @example spellPinyin('陈伟') // 'chen wei'
 */
export function spellPinyin(text: string, surname = false): string {
  if (!HAN.test(text)) return text;
  return text
    .replace(HAN_RUN, (run) => ` ${runSyllables(run, surname).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}
