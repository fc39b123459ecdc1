import { SALES_TARGETS, type SalesTarget } from '../../../shared/contract/imports.contract';
import { bareHeaderKey, headerKey, headerNotes } from '../../../shared/import-export/header-key';
import { simplifiedHan } from '../../../shared/import-export/traditional-han';
import { plainWidth } from '../../../shared/import-export/full-width';
import { detectDateOrder, parseDate, type DateOrder } from '../../../shared/import-export/dates';
import type { RowSource, TableRow } from '../../../shared/import-export/table';
import { columnValues, footerRow, loneCell } from '../../../shared/import-export/apply-mapping';
import { saysNothing } from '../../../shared/import-export/no-value';
import type { Sqlite } from '../db/connection';
import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import { bothPeople, markedLetters, markedWords, nameMarks, namesAgree } from '../contacts/name-marks';
import { phoneKind } from '../contacts/phone';
import { displayName } from '../contacts/display-name';
import { DuplicateIndex, nameWords, phoneKey } from './duplicate-index';
import { customerDraft, customerName, isWalkIn } from './sales-customer';
import type { RowProblem } from './row-problem';

/**
 * Header words of each column, by headerKey: English and Chinese, then German, French, Spanish,
 * Italian, Dutch and Portuguese, the languages of the shop and accounting programs whose
 * exports offices bring most.
 */
const WORDS: Record<SalesTarget, string[]> = {
  'sale.date': [
    'date', 'saledate', 'orderdate', 'invoicedate', 'day', 'created', 'createdat', 'datecreated', 'createddate', 'purchasedate', 'transactiondate', '日期', '销售日期', '下单日期', '订单日期', '时间',
    // An online shop's order list (淘宝, 京东) and a bookkeeping program's sales list (单据日期).
    '下单时间', '订单创建时间', '创建时间', '付款时间', '订单付款时间', '成交时间', '订单成交时间', '交易时间', '订单时间', '单据日期', '开票日期',
    'datum', 'rechnungsdatum', 'bestelldatum', 'belegdatum', 'verkaufsdatum', 'datedefacture', 'datedecommande', 'fecha', 'fechadefactura', 'data', 'datafattura', 'factuurdatum', 'datadavenda',
  ],
  'sale.reference': [
    'ordernumber', 'orderno', 'ordernr', 'orderid', 'amazonorderid', 'order', 'invoicenumber', 'invoiceno', 'invoice', 'invoiceid', 'reference', 'ref', 'receiptno', 'receiptnumber', 'transactionid', 'num', 'docnumber', 'documentnumber',
    '订单号', '订单编号', '单号', '单据编号', '销售单号', '发票号', '发票号码', '订单', '订单id', '交易单号', '交易订单号', '交易号',
    'bestellnummer', 'bestellnr', 'auftragsnummer', 'auftragsnr', 'rechnungsnummer', 'rechnungsnr', 'belegnummer', 'belegnr',
    'numérodecommande', 'numérodefacture', 'ndecommande', 'ndefacture', 'númerodepedido', 'númerodefactura', 'pedido', 'numeroordine', 'numerofattura', 'ordine', 'ordernummer', 'factuurnummer', 'númerodopedido', 'númerodafatura',
  ],
  'sale.customer': [
    'customer', 'customername', 'client', 'name', 'buyer', 'billingname', 'buyername', 'fullname', 'contact', 'contactname', '客户', '客户名称', '客户姓名', '姓名', '买家', '购买人',
    // A shop's buyer by the name the parcel went to, not by their shop nickname (买家会员名).
    '收货人', '收货人姓名', '收件人', '收件人姓名', '购货单位', '客户全称',
    // Who paid, in a WeChat Pay or Alipay bill.
    '交易对方',
    'kunde', 'kundenname', 'käufer', 'nomduclient', 'cliente', 'nombredelcliente', 'nomecliente', 'klant', 'klantnaam', 'nomedocliente',
  ],
  // A customer named in two columns (WooCommerce's Billing First Name and Billing Last Name): the name is both.
  'sale.givenName': ['firstname', 'billingfirstname', 'customerfirstname', 'buyerfirstname', 'givenname', 'forename', 'vorname', 'prénom', 'prenom'],
  'sale.familyName': ['lastname', 'billinglastname', 'customerlastname', 'buyerlastname', 'surname', 'familyname', 'nachname'],
  'sale.email': ['email', 'emailaddress', 'customeremail', 'billingemail', 'buyeremail', 'fromemailaddress', '邮箱', '电子邮箱', 'emailadresse', 'courriel', 'adresseemail', 'correo', 'correoelectrónico', 'emailadres'],
  'sale.phone': ['phone', 'phonenumber', 'contactphonenumber', 'contactphone', 'mobile', 'mobilephone', 'mobilenumber', 'cellphone', 'telephone', 'billingphone', 'buyerphonenumber', '手机', '电话', '联系电话', '手机号', '手机号码', '联系手机', '收货人手机', '收货人电话', '收货人手机号', '收件人手机', '收件人手机号', '收件人电话', 'telefon', 'téléphone', 'teléfono', 'telefono', 'telefoon', 'telefone'],
  'sale.product': [
    'product', 'item', 'article', 'description', 'productname', 'productservice', 'sku', 'itemname', 'itemtitle', 'lineitemname', '产品', '商品', '产品名称', '商品名称', '品名', '宝贝标题', '商品标题', '商品说明', '货品名称', '存货名称', '物料名称',
    'artikel', 'produkt', 'bezeichnung', 'artikelbezeichnung', 'produit', 'désignation', 'producto', 'artículo', 'prodotto', 'articolo', 'omschrijving', 'produto',
  ],
  // Which of the product it was, written beside its name (规格型号 "250g/罐", 淘宝's 颜色分类, a shop's Variant): part of the product.
  'sale.variant': ['variant', 'variantname', 'variation', 'variationname', 'productvariant', 'itemvariant', 'lineitemvariant', '规格型号', '规格', '型号', '商品规格', '规格名称', '颜色分类', '销售属性', '商品属性', 'variante', 'ausführung'],
  'sale.quantity': ['quantity', 'quantitypurchased', 'qty', 'units', 'count', 'lineitemquantity', 'itemquantity', 'numberofitems', '数量', '件数', '购买数量', '商品数量', '宝贝总数量', '销售数量', '订购数量', '订货数量', 'menge', 'anzahl', 'stück', 'quantité', 'qté', 'cantidad', 'quantità', 'aantal', 'quantidade', 'qtd'],
  // "Price" beside a quantity is what one costs; alone it is the sale's amount all the same (a quantity of one).
  'sale.unitPrice': [
    'unitprice', 'price', 'priceeach', 'each', 'rate', 'itemprice', 'itemcost', 'lineitemprice', 'salesprice', 'saleprice', 'unitamount', '单价', '价格', '售价', '销售单价', '含税单价', '商品单价',
    'einzelpreis', 'stückpreis', 'preis', 'prixunitaire', 'prix', 'preciounitario', 'precio', 'prezzounitario', 'prezzo', 'stukprijs', 'prijs', 'preçounitário', 'preço',
  ],
  'sale.amount': [
    'amount', 'total', 'linetotal', 'lineamount', 'subtotal', 'revenue', 'value', 'sum', 'net', 'ordertotal', 'ordervalue', 'totalamount', 'grandtotal', 'gross', 'grosssales', 'netsales', '金额', '总额', '总价', '小计', '销售额', '实收金额', '合计金额',
    '实付金额', '实付款', '买家实际支付金额', '支付金额', '订单金额', '销售金额', '价税合计', '商品总价', '商家实收金额',
    'betrag', 'summe', 'gesamt', 'gesamtbetrag', 'gesamtpreis', 'umsatz', 'montant', 'importe', 'importo', 'bedrag', 'valor',
  ],
  // What was given back of it (Shopify's and Stripe's partial refunds, 淘宝's 退款金额, Alipay's 成功退款): the sale is the rest.
  'sale.refunded': ['refundedamount', 'amountrefunded', 'refundamount', 'totalrefunded', 'refundtotal', 'refunds', '退款金额', '已退款金额', '成功退款', '退款额', 'erstattungsbetrag', 'erstatteterbetrag', 'montantremboursé', 'importereembolsado', 'importorimborsato'],
  // An order's state in a shop's list (WooCommerce's Order Status, Shopify's Financial Status, 淘宝's 订单状态): a cancelled or refunded one is no sale.
  'sale.status': [
    'status', 'orderstatus', 'financialstatus', 'paymentstatus', 'transactionstatus', '订单状态', '交易状态', '当前状态', '状态', '支付状态', '付款状态', '订单状况',
    'bestellstatus', 'zahlungsstatus', 'statut', 'statutdelacommande', 'estado', 'estadodelpedido', 'stato', 'statoordine',
  ],
  // Whether money came in or went out, in a payment service's list of its account's moves (WeChat
  // Pay's and Alipay's 收/支, PayPal's Balance Impact): only money in can be a sale.
  'sale.direction': ['收支', '收支类型', '收入支出', 'balanceimpact', 'debitcredit', 'creditdebit', 'drcr', 'direction', 'inout', 'moneyinout', 'einnahmeausgabe', 'sollhaben'],
  // What kind of move it is (PayPal's Type, WeChat Pay's 交易类型): a withdrawal or a currency conversion is no sale.
  'sale.type': ['type', 'transactiontype', 'paymenttype', 'transactioncategory', '交易类型', '交易分类', '业务类型', 'typ', 'transaktionstyp', 'buchungsart'],
  'sale.currency': ['currency', 'curr', 'ordercurrency', '币种', '货币', 'währung', 'devise', 'monnaie', 'moneda', 'valuta', 'moeda'],
};

/**
 * Whether a file's headers are those of sales records: a date, an amount (or unit price) and
 * a product, quantity or order number ("Order No., Date, Customer, Product, Amount"), which a
 * list of contacts does not have together.
 */
export function looksLikeSales(headers: readonly string[]): boolean {
  const found = new Set(autoMapSales(headers));
  return found.has('sale.date') && (found.has('sale.amount') || found.has('sale.unitPrice')) && (found.has('sale.product') || found.has('sale.quantity') || found.has('sale.reference'));
}

/** A header's note that its numbers are in thousands or more: "万元", "千元", "Tsd. €", "'000", "k€", "TEUR", "Mio" (not "kg"). */
const SCALED = /[万千亿]|thousand|million|tsd|mio|'000|^k(?:€|\$|£|eur|usd|chf)?$|^(?:€|\$|£)k$|^t(?:€|eur)$/i;

/** A header's note that its amounts are written in words, as a Chinese invoice writes them beside the figures: "大写". */
const IN_WORDS = /^(?:大写|大寫|in words)$/i;

/** An order's total in a shop's list of its lines (WooCommerce's "Order Total Amount"), beside each line's price. */
const ORDER_TOTALS = new Set(['ordertotal', 'ordertotalamount', 'ordersubtotal', 'ordersubtotalamount', 'ordervalue']);
const ITEM_PRICES = new Set(['itemcost', 'itemprice']);
/** A line's own amount (Xero's LineAmount beside its invoice's Total): the amount, before any total. */
const LINE_AMOUNTS = new Set(['lineamount', 'linetotal']);

/** A phone column named as a mobile's: the customer's phone before a landline column, which shops often leave empty (淘宝's 联系电话 beside 联系手机). */
const MOBILE_PHONES = new Set(['mobile', 'mobilephone', 'mobilenumber', 'cellphone', '手机', '手机号', '手机号码', '联系手机', '收货人手机', '收货人手机号', '收件人手机', '收件人手机号']);

/** A product column that holds a code, not its name ("SKU", "Item #"): the product only when no column names it. */
const isProductCode = (written: string) => headerKey(written) === 'sku' || /#\s*$/.test(written);

/** Maps a sales file's columns from their headers (see WORDS). */
export function autoMapSales(headers: readonly string[]): (SalesTarget | null)[] {
  const used = new Set<SalesTarget>();
  const keys = headers.map((h) => headerKey(simplifiedHan(h)));
  // A shop's order list of a row per line item (Shopify's "Lineitem name", "Lineitem price"): its
  // "Name" is the order's (#1001), and its totals are the whole order's, on its first line only,
  // so each line's amount is its price times its quantity, as where an order's total stands
  // beside each item's price (WooCommerce's "Order Total Amount" and "Item Cost").
  const shopify = keys.some((k) => k.startsWith('lineitem'));
  const orderTotals = shopify || (keys.some((k) => ORDER_TOTALS.has(k)) && keys.some((k) => ITEM_PRICES.has(k)));
  const mobile = keys.findIndex((k) => MOBILE_PHONES.has(k));
  const lineAmount = keys.findIndex((k) => LINE_AMOUNTS.has(k));
  // Amazon's order reports give each line's item-price for its whole quantity ("aggregates of the quantity, not unit prices").
  const amazon = keys.some((k) => k === 'amazonorderid' || k === 'orderitemid');
  const codes = headers.map(isProductCode);
  const productNamed = headers.some((h, i) => !codes[i] && (WORDS['sale.product'].includes(keys[i]!) || WORDS['sale.product'].includes(bareHeaderKey(simplifiedHan(h)))));
  return headers.map((written, i) => {
    // A sheet from Taiwan or Hong Kong ("產品", "金額") by its simplified words.
    const h = simplifiedHan(written);
    const key = keys[i]!;
    if (amazon && key === 'itemprice' && !used.has('sale.amount')) {
      used.add('sale.amount');
      return 'sale.amount';
    }
    if (shopify && key === 'name') {
      if (used.has('sale.reference')) return null;
      used.add('sale.reference');
      return 'sale.reference';
    }
    // "金额(元)", "Amount (EUR)": known by the name before the unit, unless the unit is thousands
    // ("金额(万元)"), which the person must see to, or the amount is written in words (金额（大写）: 壹佰元整).
    const bare = headerNotes(h).some((n) => SCALED.test(n) || IN_WORDS.test(n)) ? '' : bareHeaderKey(h);
    const free = (t: SalesTarget) =>
      !used.has(t) &&
      !(orderTotals && t === 'sale.amount') &&
      !(t === 'sale.amount' && lineAmount >= 0 && i !== lineAmount) &&
      !(t === 'sale.product' && productNamed && codes[i]) &&
      !(t === 'sale.phone' && mobile >= 0 && i !== mobile);
    const target = SALES_TARGETS.find((t) => free(t) && WORDS[t].includes(key)) ?? SALES_TARGETS.find((t) => free(t) && bare !== '' && WORDS[t].includes(bare));
    if (target) used.add(target);
    return target ?? null;
  });
}

/** What an order says once for all its lines: a shop's order list leaves these empty on an order's later lines. */
const ORDER_CELLS = ['sale.date', 'sale.customer', 'sale.givenName', 'sale.familyName', 'sale.email', 'sale.phone', 'sale.currency', 'sale.status', 'sale.direction', 'sale.type'] as const;

/**
 * The lines of an order one after another, by their order number: a line that leaves its date,
 * customer, email, phone or currency empty has its order's, as the order's first line gives them.
 */
export class OrderLines {
  private reference = '';
  private first: readonly string[] = [];
  /** What the order's refund leaves to take off its next lines, in minor units. */
  private refundLeft = 0;

  constructor(private readonly map: Partial<Record<SalesTarget, number>>) {}

  /** The row, with the cells its order's first line fills where it leaves them empty. */
  fill(row: TableRow): TableRow {
    const column = this.map['sale.reference'];
    const reference = column === undefined ? '' : (row.cells[column] ?? '').trim();
    if (!reference || reference !== this.reference) {
      this.reference = reference;
      this.first = row.cells;
      this.refundLeft = 0;
      return row;
    }
    let cells: string[] | null = null;
    for (const target of ORDER_CELLS) {
      const i = this.map[target];
      if (i === undefined || (row.cells[i] ?? '').trim() || !(this.first[i] ?? '').trim()) continue;
      cells ??= [...row.cells];
      cells[i] = this.first[i]!;
    }
    return cells ? { ...row, cells } : row;
  }

  /**
   * Takes what was refunded of an order (Shopify's Refunded Amount, on its first line only) off
   * its lines in turn, none below zero: a refund larger than the first line's amount comes off
   * the next ones. Called with each sale as it is planned.
   */
  takeRefund(sale: PlannedSale): void {
    this.refundLeft += sale.refundedMinor;
    const taken = Math.min(this.refundLeft, Math.max(sale.amountMinor, 0));
    sale.amountMinor -= taken;
    this.refundLeft -= taken;
  }
}

/**
 * The currency the amount or unit price column names in its header ("金额(元)", "Amount (USD)",
 * "Preis [€]"), and that header: what its amounts without one are in, unless the person says otherwise.
 * @example headerCurrency(['日期', '金额(元)'], { 'sale.amount': 1 }) // { currency: 'CNY', header: '金额(元)' }
 */
export function headerCurrency(headers: readonly string[], columns: Partial<Record<SalesTarget, number>>): { currency: string; header: string } | null {
  for (const target of ['sale.amount', 'sale.unitPrice'] as const) {
    const header = headers[columns[target] ?? -1] ?? '';
    for (const note of headerNotes(header)) {
      const code = SYMBOLS[note] ?? note.toUpperCase();
      if (/^[A-Z]{3}$/.test(code) && fractionDigits(code) !== null) return { currency: code, header };
    }
  }
  return null;
}

const SYMBOLS: Record<string, string> = { '¥': 'CNY', '￥': 'CNY', '元': 'CNY', $: 'USD', '€': 'EUR', '£': 'GBP', RMB: 'CNY', HK$: 'HKD', US$: 'USD' };

/** fractionDigits' answers by code: a formatter made for every amount took 5 of the 6.5 s a 100,000-row sales preview took. */
const digitsOf = new Map<string, number | null>();

/** The digits after the decimal point of a currency (2 for EUR, 0 for JPY); null for no currency. */
export function fractionDigits(currency: string): number | null {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = null;
    }
    digitsOf.set(currency, digits);
  }
  return digits;
}

/** A note in brackets after an amount, without figures: "98.00（含税）", "120 (incl. VAT)". */
const NOTE_AFTER = /\([^()\d]*\)$/;
/** An accounting program's negative amount: "(25.00)", or a minus after the figures ("25,00-"). */
const IN_BRACKETS = /^\((.+)\)$/;
/** Ten thousand and a hundred million after the figures, as Chinese writes large sums: "1.28万" is 12,800. */
const MYRIADS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * Reads an amount as written ("1,234.50", "1.234,50 €", "¥88", "-12", "(25.00)", "1.28万元")
 * into integer minor units of its currency; `currency` is used when the cell names none. A note
 * in brackets after it ("（含税）") is left aside.
 * @example parseAmount('¥1,234.5', 'EUR') // { minor: 123450, currency: 'CNY' }
 */
export function parseAmount(text: string, currency: string): { minor: number; currency: string } | null {
  let t = plainWidth(text).trim().replace(/\s/g, '').replace(NOTE_AFTER, '');
  let cur = currency;
  const code = /[A-Z]{3}/.exec(t);
  if (code && fractionDigits(code[0]) !== null) {
    cur = code[0];
    t = t.replace(code[0], '');
  }
  for (const [sym, c] of Object.entries(SYMBOLS)) {
    if (t.includes(sym)) {
      cur = c;
      t = t.replace(sym, '');
    }
  }
  const bracketed = IN_BRACKETS.exec(t);
  const negative = bracketed !== null || (t.length > 1 && t.endsWith('-') && !t.startsWith('-'));
  if (bracketed) t = bracketed[1]!;
  else if (negative) t = t.slice(0, -1);
  const factor = MYRIADS[t.slice(-1)] ?? 1;
  if (factor !== 1) t = t.slice(0, -1);
  if (!/^[-+]?[\d.,]+$/.test(t)) return null;
  const lastSep = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
  const decimals = lastSep >= 0 && t.length - lastSep - 1 <= 2 && t.length - lastSep - 1 > 0 ? t.length - lastSep - 1 : 0;
  const digits = t.replace(/[.,]/g, '');
  const whole = Number(digits);
  if (!Number.isFinite(whole)) return null;
  const places = fractionDigits(cur) ?? 2;
  const minor = Math.round((whole / 10 ** decimals) * factor * 10 ** places);
  return Number.isSafeInteger(minor) ? { minor: negative ? -minor : minor, currency: cur } : null;
}

/** A quantity's figures with a unit or times sign beside them: "2斤", "3 pcs", "x2", "2×". */
const QUANTITY = /^(?:[x×]\s*)?([-+]?\d[\d.,]*)\s*(?:[x×]|\p{L}{1,6}\.?)?$/u;

/**
 * A quantity as written, NaN when it is none: "2", "1.5" and "1,5", "1,000" a thousand (a lone
 * comma before three digits groups them, unless after a lone 0), "1.000" one, as programs write
 * quantities with three decimals; "1.234,5" and "1,234.5" by their last mark; a unit or times
 * sign beside it ("2斤", "3 pcs", "x2").
 * @example readQuantity('2箱') // 2
 */
export function readQuantity(text: string): number {
  const figures = QUANTITY.exec(plainWidth(text).trim())?.[1];
  if (!figures) return NaN;
  const marks = figures.replace(/[\d+-]/g, '');
  const last = Math.max(figures.lastIndexOf('.'), figures.lastIndexOf(','));
  if (last < 0) return Number(figures);
  // Both marks, or one twice: the last one is the decimal mark when it differs from the others.
  const grouping = new Set(marks).size === 1 && (marks.length > 1 || (marks === ',' && figures.length - last - 1 === 3 && !/^[-+]?0,/.test(figures)));
  const whole = figures.slice(0, last).replace(/[.,]/g, '');
  return grouping ? Number(figures.replace(/[.,]/g, '')) : Number(`${whole}.${figures.slice(last + 1)}`);
}

/** One sale ready to store, or the problems that stop it. */
export interface PlannedSale {
  line: number;
  soldOn: string;
  customer: string;
  product: string;
  quantity: number;
  amountMinor: number;
  currency: string;
  /** The order or invoice number as written; '' when none. */
  reference: string;
  /** The customer's name, email and phone as the file has them ('' when none). */
  name: string;
  /** The first and last name the name is made of, when two columns give them. */
  nameParts?: { given: string; family: string };
  email: string;
  phone: string;
  contactId: number | null;
  contactName: string | null;
  /** The date and amount as the file has them, shown where they could not be read. */
  written: { date: string; amount: string };
  /** What was refunded of it, in the amount's currency, not yet taken off (OrderLines.takeRefund). */
  refundedMinor: number;
  /** The customer is no one in particular (散客, Walk-in: isWalkIn): linked to no contact, none added. */
  walkIn?: true;
  problems: RowProblem[];
}

/** The keys a customer the import adds is found by in later rows: email, phone (phoneKey), the name (nameWords). */
function customerKeys(name: string, email: string, phone: string): string[] {
  const keys: string[] = [];
  if (email.trim()) keys.push(`e:${email.trim().toLowerCase()}`);
  const digits = phoneKey(phone);
  if (digits) keys.push(`p:${digits}`);
  const words = nameWords(customerName(name));
  if (words) keys.push(`n:${words}`);
  return keys;
}

/**
 * A customer this import adds, as later rows find them: by email or phone under a name that can be
 * theirs (as the contacts import tells colleagues on one switchboard apart), or by the name alone.
 */
interface AddedCustomer {
  id: number;
  name: string;
  /** The name marked (see nameMarks). */
  letters: number;
  words: number;
}

/** Marks a customer's name as the contact it is or would be (customerDraft's kind and parts). */
function markCustomer(draft: ContactDraft): void {
  nameMarks(draft.kind, draft.companyName, draft.givenName, draft.middleName ?? '', draft.familyName);
}

/**
 * Finds the contact of each sale by email or phone, then by name or company name (its words in
 * any order, nameWords); and the customers this import adds (remember), so their later rows are
 * theirs. A customer named as a person is found by an email or landline only under a name that
 * can be theirs, as a contacts import finds its duplicates ("Peter Weber" on the office number is
 * not his colleague Anna; "A. Weber" and 王总 are the Anna Weber and 王建国 stored), by a mobile
 * whatever either is called. A firm no contact of its name has is found by the number of a
 * stored contact at it too: the buyer it sent.
 */
export class CustomerMatcher {
  private readonly index: DuplicateIndex;
  private readonly byName = new Map<string, number>();
  private readonly nameOf;
  private readonly added = new Map<string, AddedCustomer[]>();
  private readonly mobiles = new Map<string, boolean>();

  /** `defaultCountry`: where a number written without its country code is, to tell a mobile. */
  constructor(
    sqlite: Sqlite,
    private readonly defaultCountry = '',
  ) {
    this.index = new DuplicateIndex(sqlite, defaultCountry);
    for (const r of sqlite.prepare(`select id, lower(display_name) n, lower(company_name) c, kind from contacts where deleted_at is null`).iterate() as Iterable<{ id: number; n: string; c: string; kind: string }>) {
      const n = nameWords(r.n);
      if (n && !this.byName.has(n)) this.byName.set(n, r.id);
      const c = r.kind === 'company' ? nameWords(r.c) : '';
      if (c && !this.byName.has(c)) this.byName.set(c, r.id);
    }
    this.nameOf = sqlite.prepare('select display_name from contacts where id = ?').pluck();
  }

  match(name: string, email: string, phone: string): { id: number; name: string } | null {
    const reached = {
      emails: email ? [{ label: 'work' as const, value: email.trim().toLowerCase(), primary: true }] : [],
      phones: phone ? [{ label: 'work' as const, value: phone, primary: true }] : [],
    };
    const named = name.trim() ? customerDraft(name, '', '') : null;
    const nameless = { kind: 'company' as const, givenName: '', familyName: '', companyName: '', ...reached };
    let id = this.index.match(named ? { ...named, ...reached } : nameless)?.id ?? this.byName.get(nameWords(customerName(name)));
    if (id === undefined && named?.kind === 'company') id = this.index.match(nameless)?.id;
    if (id !== undefined) return { id, name: this.nameOf.get(id) as string };
    if (!this.added.size) return null;
    if (named) markCustomer(named);
    const [letters, words] = named ? [markedLetters, markedWords] : [0, 0];
    for (const key of customerKeys(name, email, phone)) {
      for (const found of this.added.get(key) ?? []) {
        if (key.startsWith('n:') || namesAgree(letters, words, found.letters, found.words)) return found;
        if (key.startsWith('p:') && bothPeople(letters, found.letters) && this.isMobile(key, phone)) return found;
      }
    }
    return null;
  }

  /** Whether the number under phone key `key` is a mobile: asked once a number, and only when a person of another name has it, libphonenumber's check being slow. */
  private isMobile(key: string, phone: string): boolean {
    let mobile = this.mobiles.get(key);
    if (mobile === undefined) this.mobiles.set(key, (mobile = phoneKind(phone, this.defaultCountry) === 'mobile'));
    return mobile;
  }

  /** Notes a customer the import adds as contact `id` (a stand-in below zero in a preview). */
  remember(id: number, name: string, email: string, phone: string): void {
    const shown = name.trim() || email.trim() || phone.trim();
    markCustomer(customerDraft(name, '', ''));
    const customer = { id, name: shown, letters: markedLetters, words: markedWords };
    for (const key of customerKeys(name, email, phone)) {
      const list = this.added.get(key);
      if (!list) this.added.set(key, [customer]);
      else if (!key.startsWith('n:')) list.push(customer);
    }
  }
}

/** The date order of the sales date column, from all its values (or the person's answer). */
export function salesDateOrder(table: RowSource, column: number | undefined, answers: Record<string, DateOrder>): DateOrder | 'ambiguous' | null {
  if (column === undefined) return null;
  if (answers[String(column)]) return answers[String(column)]!;
  const detected = detectDateOrder(columnValues(table.rows, column));
  return detected === 'ambiguous' ? 'ambiguous' : detected === 'dmy' || detected === 'mdy' || detected === 'ymd' ? detected : null;
}

/**
 * The cells that name the customer or what was sold, where "无", "/" or N/A says nothing; not the
 * amounts, nor a payment's 收/支, whose "/" says the money went neither in nor out.
 */
const NAMING_CELLS = new Set<SalesTarget>(['sale.customer', 'sale.givenName', 'sale.familyName', 'sale.email', 'sale.phone', 'sale.product', 'sale.variant', 'sale.reference']);

/** A row of the amounts' sum alone: no date, customer, order or product, only figures ("", "", 3, 1630). */
function sumRow(cell: (t: SalesTarget) => string, customer: string): { reason: 'totalsRow'; value: string } | null {
  const sum = cell('sale.amount') || cell('sale.unitPrice');
  if (!sum || cell('sale.date') || customer || cell('sale.email') || cell('sale.phone') || cell('sale.product') || cell('sale.reference')) return null;
  return { reason: 'totalsRow', value: sum };
}

/** A row of one cell ("2026年1月", "【华东区】", "Stand: Juni"): a heading or a note, as no sale has less than a date, an amount and a customer. */
function lineAlone(cells: readonly string[]): { reason: 'headingRow'; value: string } | null {
  const text = loneCell(cells);
  return text ? { reason: 'headingRow', value: text } : null;
}

/** A heading that names a period, not a customer: "2026年1月", "一月", "May 2026", "Q1", "第一季度", "Week 12". */
const PERIOD = /^(?:\d{4}\s*年.*|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,3}月份?|[上下]半年|第.{1,3}周|week\s*\d+|(?:19|20)\d{2}(?:\s*[-/.]\s*\d{1,2})?|q[1-4]\b.*|.*季度|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-/]?\s*(?:\d{2}|\d{4})?)$/i;
/** A heading in brackets ("【华东区】", "[Retail]"): a section of the list, not a customer. */
const BRACKETED = /^[【[［(（<《].*[】\]］)）>》]$/;

/** The customer a heading row names (QuickBooks' "Amy's Bird Sanctuary" above her sales); null for a period, a section, totals or a row that is no heading. */
function headingCustomer(cells: readonly string[]): string | null {
  const text = loneCell(cells);
  return text && !PERIOD.test(text) && !BRACKETED.test(text) && !footerRow(cells) ? text : null;
}

/** The columns that say whose a sale is. */
const CUSTOMER_COLUMNS = ['sale.customer', 'sale.givenName', 'sale.familyName', 'sale.email', 'sale.phone'] as const;
export const hasCustomerColumn = (map: Partial<Record<SalesTarget, number>>): boolean => CUSTOMER_COLUMNS.some((t) => map[t] !== undefined);

/** How far down a file a customer's group (heading, sales, totals) is looked for. */
const HEADINGS_LOOKED_AT = 2000;

/**
 * Whether a file names its customers in headings above their rows instead of in a column
 * (QuickBooks' "Sales by Customer Detail": "Amy's Bird Sanctuary", her sales, "Total for Amy's
 * Bird Sanctuary"): a heading, rows below it and a totals row that names it, near the top. A
 * heading whose totals do not name it (a month's, a region's "小计") is taken for no customer's.
 */
export function customersInHeadings(rows: Iterable<TableRow>): boolean {
  let seen = 0;
  let heading: string | null = null;
  let sales = false;
  for (const row of rows) {
    if (++seen > HEADINGS_LOOKED_AT) return false;
    const named = headingCustomer(row.cells);
    if (named !== null) {
      heading = named;
      sales = false;
      continue;
    }
    if (heading === null) continue;
    const totals = footerRow(row.cells);
    if (totals && sales && totals.value.includes(heading)) return true;
    if (totals) heading = null;
    else if (!loneCell(row.cells)) sales = true;
  }
  return false;
}

/** The customer of each row of a file that names them in headings (see customersInHeadings): the last heading above it, '' below a period's. */
export class CustomerHeadings {
  private current = '';

  /** `active`: the file has no customer column (hasCustomerColumn), so its headings may name them. */
  constructor(private readonly active: boolean) {}

  of(row: TableRow): string {
    if (!this.active) return '';
    if (loneCell(row.cells)) this.current = headingCustomer(row.cells) ?? '';
    return this.current;
  }
}

/**
 * A row with none of a date, an amount and a customer, whatever else it has: a note, such as the
 * counts below an Alipay bill's list ("已收入:2笔", "680.00元" in the columns beside).
 */
function noteRow(cell: (t: SalesTarget) => string, customer: string, cells: readonly string[]): { reason: 'headingRow'; value: string } | null {
  if (cell('sale.date') || cell('sale.amount') || cell('sale.unitPrice') || customer || cell('sale.email') || cell('sale.phone')) return null;
  const text = cells.find((c) => c.trim());
  return text ? { reason: 'headingRow', value: text.trim() } : null;
}

/** A row that is no sale, with the problem that says so: shown by what it says ("合计") and the figures it has as written. */
const noSale = (problem: RowProblem, currency: string, written: PlannedSale['written'], quantity: number): PlannedSale => ({
  line: problem.row,
  soldOn: '',
  customer: problem.value,
  product: '',
  reference: '',
  name: '',
  email: '',
  phone: '',
  quantity,
  amountMinor: 0,
  currency,
  contactId: null,
  contactName: null,
  written,
  refundedMinor: 0,
  problems: [problem],
});

/**
 * An order's state that makes it no sale: cancelled, refunded, failed or voided, in a shop's words
 * ("Cancelled", "wc-refunded", "交易关闭", "已退款", an invoice's "作废", "storniert"); one partly refunded stays a sale.
 */
const CANCELLED = /^(?:wc-)?(?:cancell?ed|refunded|failed|voided|void|declined|reversed|denied|交易关闭|已取消|取消|订单取消|已关闭|交易失败|已退款|退款成功|全额退款|已全额退款|已退还|对方已退还|朋友已退还|作废|已作废|已撤销|storniert|abgebrochen|erstattet|rückerstattet|annulée?|remboursée?|cancelad[oa]|reembolsad[oa]|annullat[oa]|rimborsat[oa])$/i;
const isCancelled = (status: string): boolean => CANCELLED.test(status.trim());
/**
 * An order not paid yet at a shop, which its buyer may leave so (WooCommerce's Pending payment,
 * Shopify's pending and expired, 淘宝's 等待买家付款), or a draft: no sale. An invoice sent and
 * not yet paid ("unpaid", "offen", 未收款) is a sale all the same.
 */
const UNPAID = /^(?:wc-)?(?:pending|pending payment|payment pending|expired|draft|drafted|entwurf|草稿|等待买家付款|待付款|待支付|未支付|等待付款|zahlung ausstehend|en attente de paiement|pendiente de pago|in attesa di pagamento)$/i;

/** Which way the money went, in a payment service's words (WeChat Pay's and Alipay's 收/支, PayPal's Balance Impact). */
const MONEY_IN = /^(?:收入|已收入|收|进账|credit|cr|in|money in|income|incoming|einnahme|eingang|gutschrift|haben|crédit|entrée|ingreso|entrata)$/i;
const MONEY_OUT = /^(?:支出|已支出|支|出账|debit|dr|out|money out|outgoing|expense|ausgabe|ausgang|belastung|lastschrift|soll|débit|sortie|dépense|salida|gasto|uscita|spesa)$/i;
/** Neither in nor out: WeChat Pay's "/", Alipay's 不计收支, PayPal's Memo (an authorisation, a hold). */
const NEUTRAL = /^(?:不计收支|中性交易|中性|\/|memo|neutral)$/i;
/** A refund (PayPal's "Payment Refund", a chargeback's "Payment Reversal", QuickBooks' "Credit Memo", 退款, 销售退货). */
const REFUND = /refund|reversal|credit memo|credit note|erstattung|rückzahlung|remboursement|reembolso|rimborso|退款|退货/i;

/**
 * A move of the account's own money, not a customer's payment: a withdrawal, a currency conversion,
 * a bank deposit, a hold or authorisation, a payout, Stripe's own fees (PayPal, Stripe), 提现, 充值, 理财, 还款 (WeChat Pay, Alipay).
 */
const OWN_MONEY = /currency conversion|withdrawal|bank deposit|card deposit|deposit to|transfer to bank|hold on balance|hold for|cancellation of hold|authori[sz]ation|payout|stripe_fee|application_fee|währungsumrechnung|abbuchung|bankgutschrift|auszahlung|提现|充值|理财|零钱通|余额宝|还款|借还/i;

/**
 * Whether a row of a payment service's list is a sale: money in from a customer is one; a refund
 * to a customer takes one back; the account's own moves (withdrawals, conversions), money paid
 * out, money neither in nor out and a refund received are none, and the column that says so is
 * returned. Without a column that says which way the money went, only the account's own moves are none.
 */
function paymentKind(direction: string, type: string): 'sale' | 'refund' | 'sale.direction' | 'sale.type' {
  if (OWN_MONEY.test(type)) return 'sale.type';
  if (MONEY_OUT.test(direction)) return REFUND.test(type) ? 'refund' : 'sale.direction';
  if (NEUTRAL.test(direction)) return 'sale.direction';
  if (!REFUND.test(type)) return 'sale';
  return MONEY_IN.test(direction) ? 'sale.type' : 'refund';
}

/** A product as a WeChat Pay bill writes it: the note without its label ("转账备注:龙井两斤" is 龙井两斤), its "/" for none. */
const productText = (text: string) => (text === '/' ? '' : text.replace(/^(?:收款方备注|转账备注|付款方留言)[:：]\s*/, ''));

/** Plans one sales row. */
export function planSale(
  row: TableRow,
  map: Partial<Record<SalesTarget, number>>,
  headers: readonly string[],
  order: DateOrder | 'ambiguous' | null,
  defaultCurrency: string,
  customers: CustomerMatcher,
  excelSerial: boolean,
  /** The customer a heading above the row names, in a file without a customer column (CustomerHeadings). */
  heading = '',
): PlannedSale {
  const cell = (t: SalesTarget) => {
    const text = map[t] === undefined ? '' : (row.cells[map[t]!] ?? '').trim();
    return text && NAMING_CELLS.has(t) && saysNothing(text) ? '' : text;
  };
  const col = (t: SalesTarget) => (map[t] === undefined ? '' : (headers[map[t]!] ?? ''));
  // The customer's name, or their first and last name as two columns give them ("Anna Weber", "王小明").
  const given = cell('sale.givenName');
  const family = cell('sale.familyName');
  const named = cell('sale.customer') || displayName('person', given, family, '');
  // A sheet's totals ("合计", "Total" as its customer or product, or at its start) and the line it
  // is signed with are no sales; nor is a sum under the amounts with no date, customer or product beside it.
  const footer = footerRow(row.cells, named, cell('sale.product')) ?? sumRow(cell, named) ?? lineAlone(row.cells) ?? noteRow(cell, named, row.cells);
  if (footer) {
    // A heading that names the customer of the rows below it says so.
    const reason = footer.reason === 'totalsRow' ? 'saleTotalsRow' : footer.reason === 'footerRow' ? 'saleFooterRow' : heading && footer.value === heading ? 'saleCustomerHeading' : 'saleHeadingRow';
    const problem: RowProblem = { row: row.line, column: '', value: footer.value, reason };
    // Shown once: "合计" in the date column is not shown as its date too.
    const date = cell('sale.date') === footer.value ? '' : cell('sale.date');
    return noSale(problem, defaultCurrency, { date, amount: cell('sale.amount') || cell('sale.unitPrice') }, readQuantity(cell('sale.quantity')) || 0);
  }
  const customer = named || heading;
  // A till's sale to no one in particular (散客, Walk-in, or "无" and "/" written for its customer) is a
  // sale, of no contact's; a customer cell left empty may be an oversight, and is asked about.
  const saidNoOne = map['sale.customer'] !== undefined && saysNothing((row.cells[map['sale.customer']!] ?? '').trim());
  const walkIn = isWalkIn(customer) || (!customer && saidNoOne);
  const problems: RowProblem[] = [];
  // A cancelled or refunded order is kept out of the customer's value, and so are money paid out
  // and the account's own moves (a payment service's list): no sale, whatever else it says.
  const status = cell('sale.status');
  const payment = paymentKind(cell('sale.direction'), cell('sale.type'));
  if (status && isCancelled(status)) problems.push({ row: row.line, column: col('sale.status'), value: status, reason: 'saleCancelled' });
  else if (status && UNPAID.test(status)) problems.push({ row: row.line, column: col('sale.status'), value: status, reason: 'saleUnpaid' });
  else if (payment === 'sale.direction' || payment === 'sale.type') problems.push({ row: row.line, column: col(payment), value: cell(payment), reason: 'saleNotReceived' });
  // Then that is all there is to say of it: what else it lacks (a customer, a date) matters no more.
  const leftOut = problems.length > 0;
  const dateText = cell('sale.date');
  const date = parseDate(dateText, order === 'ambiguous' ? null : order, { excelSerial });
  if (!date.ok) problems.push({ row: row.line, column: col('sale.date'), value: dateText, reason: date.reason });
  const qtyText = cell('sale.quantity');
  const quantity = qtyText ? readQuantity(qtyText) : 1;
  if (!Number.isFinite(quantity)) problems.push({ row: row.line, column: col('sale.quantity'), value: qtyText, reason: 'notAQuantity' });
  const currencyText = cell('sale.currency').toUpperCase();
  if (currencyText && fractionDigits(currencyText) === null) problems.push({ row: row.line, column: col('sale.currency'), value: currencyText, reason: 'unknownCurrency' });
  const fallback = currencyText && fractionDigits(currencyText) !== null ? currencyText : defaultCurrency;
  // The amount as written; without one, the unit price times the quantity.
  const byUnit = !cell('sale.amount') && map['sale.unitPrice'] !== undefined;
  const amountTarget = byUnit ? 'sale.unitPrice' : 'sale.amount';
  const amountText = cell(amountTarget);
  const written = parseAmount(amountText, fallback);
  const amount = written && byUnit ? { ...written, minor: Math.round(written.minor * (Number.isFinite(quantity) ? quantity : 0)) } : written;
  if (!amount) problems.push({ row: row.line, column: col(amountTarget), value: amountText, reason: 'notAnAmount' });
  // A refund is the sale it takes back, below zero; a refund paid out is the customer's by name:
  // the email and phone of a payment out are the account's own (PayPal's From Email Address).
  if (amount && payment === 'refund') amount.minor = -Math.abs(amount.minor);
  const paidOut = payment === 'refund' && MONEY_OUT.test(cell('sale.direction'));
  // What was refunded of it, to take off (OrderLines.takeRefund).
  const refunded = cell('sale.refunded') ? parseAmount(cell('sale.refunded'), fallback) : null;
  const email = paidOut ? '' : cell('sale.email');
  const phone = paidOut ? '' : cell('sale.phone');
  if (!customer && !email && !phone && !walkIn) problems.push({ row: row.line, column: '', value: '', reason: 'customerMissing' });
  // Matched whatever else is wrong with the row: the preview then shows whom it is about.
  const match = (walkIn ? '' : customer) || email || phone ? customers.match(walkIn ? '' : customer, email, phone) : null;
  return {
    line: row.line,
    soldOn: date.ok ? date.iso : '',
    customer: customer || email || phone,
    product: [productText(cell('sale.product')), cell('sale.variant')].filter(Boolean).join(' ').slice(0, 500),
    reference: cell('sale.reference').slice(0, 100),
    name: walkIn ? '' : customer,
    ...(walkIn ? { walkIn: true as const } : {}),
    ...(!cell('sale.customer') && (given || family) ? { nameParts: { given, family } } : {}),
    email,
    phone,
    quantity: Number.isFinite(quantity) ? quantity : 0,
    amountMinor: amount?.minor ?? 0,
    currency: amount?.currency ?? defaultCurrency,
    contactId: match?.id ?? null,
    contactName: match?.name ?? null,
    written: { date: dateText, amount: amountText },
    refundedMinor: amount && refunded && refunded.currency === amount.currency && payment === 'sale' ? Math.abs(refunded.minor) : 0,
    problems: leftOut ? problems.slice(0, 1) : problems,
  };
}
