/**
 * Traditional characters of the words column headers are made of, each with its simplified
 * form: a sheet from Taiwan or Hong Kong ("公司名稱", "辦公室電話", "聯絡地址", "產品", "金額") is
 * read with the simplified header words. Only header words: names and values are kept as written.
 */
const PAIRS =
  '稱称電电話话機机動动號号碼码郵邮區区備备註注傳传聯联絡络辦办業业級级類类籤签簽签別别職职務务齡龄證证網网戶户貨货單单價价額额' +
  '銷销產产訂订帳账賬账負负責责錄录間间時时歷历標标組组門门縣县鄉乡鎮镇廠厂總总經经營营開开發发專专員员國国護护來来財财會会計计數数' +
  '項项稅税費费幣币匯汇據据條条倉仓庫库購购買买賣卖紀纪週周內内狀状態态階阶頁页說说與与圖图書书詳详細细舊旧優优贈赠團团屬属歸归' +
  '關关係系繫系親亲醫医師师學学長长處处場场點点線线樓楼層层廣广東东華华遞递編编邊边際际語语訊讯輸输構构織织銀银謂谓頭头銜衔歲岁' +
  '愛爱興兴習习慣惯評评積积檔档錢钱問问題题寫写顯显選选擇择帶带簡简體体驗验實实幾几個个規规冊册鋪铺';

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) SIMPLIFIED.set(PAIRS[i]!, PAIRS[i + 1]!);

/**
 * The text with the traditional characters of header words in their simplified form.
 * @example simplifiedHan('聯絡電話') // '联络电话'
 */
export function simplifiedHan(text: string): string {
  let out = '';
  for (const ch of text) out += SIMPLIFIED.get(ch) ?? ch;
  return out;
}
