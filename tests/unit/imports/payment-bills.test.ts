import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerBytes, registerText } from './support';

let b: TempBackend;
afterEach(async () => b.dispose());

/** The sales stored, with their customers' names and first email, oldest first. */
const storedSales = () =>
  b.connection.sqlite
    .prepare(
      `select c.display_name name, (select value from contact_emails e where e.contact_id = c.id order by e.id limit 1) email, s.sold_on, s.product, s.amount_minor, s.currency
       from sales s join contacts c on c.id = s.contact_id order by s.sold_on, s.id`,
    )
    .all() as { name: string; email: string | null; sold_on: string; product: string; amount_minor: number; currency: string }[];

const contactNames = () => b.connection.sqlite.prepare('select display_name from contacts order by id').pluck().all();

describe('sales from a payment service’s bill or history (WeChat Pay, Alipay, PayPal, Stripe)', () => {
  describe('in a Chinese office', () => {
    beforeEach(async () => (b = await tempBackend({ systemLocale: 'zh-CN' })));

    it('reads a WeChat Pay bill below its thirteen lines of account, period and totals: the money customers paid in are sales (the product their note, without its label), what was paid out, moved or refunded is not', async () => {
      const bill = [
        '微信支付账单明细,,,,,,,,',
        '微信昵称：[茶叶小店],,,,,,,,',
        '起始时间：[2026-03-01 00:00:00] 终止时间：[2026-03-31 23:59:59],,,,,,,,',
        '导出类型：[全部],,,,,,,,',
        '导出时间：[2026-04-01 10:51:39],,,,,,,,',
        ',,,,,,,,',
        '共6笔记录,,,,,,,,',
        '收入：4笔 426.00元,,,,,,,,',
        '支出：1笔 35.50元,,,,,,,,',
        '中性交易：1笔 200.00元,,,,,,,,',
        '注：,,,,,,,,',
        '1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,',
        '2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,',
        '3. 本明细仅供个人对账使用,,,,,,,,',
        ',,,,,,,,',
        '----------------------微信支付账单明细列表--------------------,,,,,,,,',
        '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注',
        '2026-03-02 10:12:30,二维码收款,王小明,收款方备注:二维码收款,收入,¥128.00,/,已存入零钱,10001000392026030212345678\t,/,/',
        '2026-03-03 15:20:00,转账,李娜,转账备注:龙井两斤,收入,¥200.00,/,已存入零钱,10001000392026030312345678\t,/,/',
        '2026-03-05 12:30:00,商户消费,美团外卖,午餐,支出,¥35.50,零钱,支付成功,4200001234202603051234567890\t,1234567890\t,/',
        '2026-03-08 18:00:00,二维码收款,王小明,收款方备注:二维码收款,收入,¥48.00,/,已存入零钱,10001000392026030812345678\t,/,/',
        '2026-03-09 20:00:00,零钱提现,招商银行(1234),/,/,¥200.00,零钱,提现已到账,10001000392026030912345678\t,/,服务费¥0.20',
        '2026-03-10 11:00:00,二维码收款,陈静,收款方备注:二维码收款,收入,¥50.00,/,已全额退款,10001000392026031012345678\t,/,/',
      ].join('\r\n');
      const run = await importFile(b, registerText(b, '微信支付账单(20260301-20260331).csv', bill), { kind: 'sales' });
      expect(run.session.headers.slice(0, 6)).toEqual(['交易时间', '交易类型', '交易对方', '商品', '收/支', '金额(元)']);
      expect(run.session.mapping.columns.map((c) => c.target)).toEqual([
        'sale.date', 'sale.type', 'sale.customer', 'sale.product', 'sale.direction', 'sale.amount', null, 'sale.status', 'sale.reference', null, null,
      ]);
      expect(run.preview.counts).toEqual({ total: 6, new: 3, duplicate: 0, invalid: 0, ignored: 3 });
      expect(run.preview.issues.map((i) => i.message)).toEqual([
        'Row 20, 收/支: “支出” is no money received from a customer, not a sale',
        'Row 22, 交易类型: “零钱提现” is no money received from a customer, not a sale',
        'Row 23, 当前状态: “已全额退款” is a cancelled or refunded order, not a sale',
      ]);
      expect(run.job.result).toMatchObject({ created: 3, contactsAdded: 2, ignored: 3 });
      expect(storedSales()).toEqual([
        { name: '王小明', email: null, sold_on: '2026-03-02', product: '二维码收款', amount_minor: 12800, currency: 'CNY' },
        { name: '李娜', email: null, sold_on: '2026-03-03', product: '龙井两斤', amount_minor: 20000, currency: 'CNY' },
        { name: '王小明', email: null, sold_on: '2026-03-08', product: '二维码收款', amount_minor: 4800, currency: 'CNY' },
      ]);
      // Neither the takeaway it bought lunch from, nor its bank, nor the customer it refunded is a customer.
      expect(contactNames()).toEqual(['王小明', '李娜']);
    });

    it('reads an Alipay bill in GBK below its notes and the line of dashes, and leaves out its 不计收支 and 支出', async () => {
      const bill = [
        '------------------------------------------------------------------------------------',
        '导出信息：',
        '姓名：陈芳',
        '支付宝账户：138****8000',
        '起始时间：[2026-05-01 00:00:00]    终止时间：[2026-05-31 23:59:59]',
        '导出交易类型：[全部]',
        '导出时间：[2026-06-01 09:00:00]',
        '共4笔记录',
        '收入：2笔 680.00元',
        '支出：1笔 29.90元',
        '不计收支：1笔 1000.00元',
        '',
        '特别提示：',
        '1. 本回单内容可表明支付宝受理了相应的支付申请，不作为收付款方交易确认的最终依据；',
        '2. 本回单仅证明用户在申请该笔交易时有相应的支付宝账户操作，不代表用户与对方已达成交易；',
        '3. 本回单不作为收付款方交易确认的最终依据。',
        '',
        '------------------------支付宝支付科技有限公司  电子客户回单------------------------',
        '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,',
        '2026-05-03 10:00:00,转账红包,张伟,zha***@163.com,茶叶货款,收入,480.00,账户余额,交易成功,2026050322001\t,\t,,',
        '2026-05-04 11:00:00,日用百货,超市,/,抽纸,支出,29.90,花呗,交易成功,2026050422001\t,T2026050400001\t,,',
        '2026-05-05 09:30:00,投资理财,余额宝,/,余额宝-单次转入,不计收支,1000.00,账户余额,交易成功,2026050522001\t,\t,,',
        '2026-05-06 16:00:00,收款,刘洋,139******00,茶具,收入,200.00,账户余额,交易成功,2026050622001\t,\t,,',
      ].join('\r\n');
      const run = await importFile(b, registerBytes(b, '支付宝交易明细(20260501-20260531).csv', iconv.encode(bill, 'gbk')), { kind: 'sales' });
      expect(run.session.encoding).toMatch(/^gb/i);
      expect(run.session.mapping.columns.map((c) => c.target).slice(0, 10)).toEqual([
        'sale.date', 'sale.type', 'sale.customer', null, 'sale.product', 'sale.direction', 'sale.amount', null, 'sale.status', 'sale.reference',
      ]);
      expect(run.preview.counts).toMatchObject({ total: 4, new: 2, invalid: 0, ignored: 2 });
      expect(storedSales()).toEqual([
        { name: '张伟', email: null, sold_on: '2026-05-03', product: '茶叶货款', amount_minor: 48000, currency: 'CNY' },
        { name: '刘洋', email: null, sold_on: '2026-05-06', product: '茶具', amount_minor: 20000, currency: 'CNY' },
      ]);
    });
    it('reads an older Alipay bill with its padded cells, takes its 成功退款 off the sale, and leaves out the counts below its list', async () => {
      const bill = [
        '支付宝交易记录明细查询',
        '账号:[13800138000]',
        '起始日期:[2026-05-01 00:00:00]    终止日期:[2026-06-01 00:00:00]',
        '---------------------------------交易记录明细列表------------------------------------',
        '交易号                  ,商家订单号               ,交易创建时间              ,付款时间                ,最近修改时间              ,交易来源地     ,类型              ,交易对方            ,商品名称                ,金额（元）   ,收/支     ,交易状态    ,服务费（元）   ,成功退款（元）  ,备注                  ,资金状态     ,',
        '2026050322001001        ,                    ,2026-05-03 10:00:00 ,2026-05-03 10:00:05 ,2026-05-03 10:00:05 ,其他（包括阿里巴巴和外部商家）,即时到账交易          ,张伟              ,茶叶货款                ,480.00  ,收入      ,交易成功    ,0.00     ,0.00     ,                    ,已收入      ,',
        '2026050422001002        ,T2026050400001      ,2026-05-04 11:00:00 ,2026-05-04 11:00:05 ,2026-05-04 11:00:05 ,淘宝          ,支付宝担保交易        ,某超市              ,抽纸                  ,29.90   ,支出      ,交易成功    ,0.00     ,0.00     ,                    ,已支出      ,',
        '2026050622001003        ,                    ,2026-05-06 16:00:00 ,2026-05-06 16:00:05 ,2026-05-06 16:00:05 ,其他（包括阿里巴巴和外部商家）,即时到账交易          ,刘洋              ,茶具                  ,200.00  ,收入      ,交易成功    ,0.00     ,50.00    ,                    ,已收入      ,',
        '------------------------------------------------------------------------------------',
        '共3笔记录',
        '已收入:2笔,680.00元',
        '待收入:0笔,0.00元',
        '已支出:1笔,29.90元',
        '待支出:0笔,0.00元',
        '导出时间:[2026-06-01 09:00:00]',
      ].join('\r\n');
      const run = await importFile(b, registerBytes(b, 'alipay_record_20260601.csv', iconv.encode(bill, 'gbk')), { kind: 'sales' });
      expect(run.preview.counts).toEqual({ total: 10, new: 2, duplicate: 0, invalid: 0, ignored: 8 });
      expect(run.preview.issues.map((i) => [i.row, i.value])).toEqual([
        [7, '支出'],
        [9, '-'.repeat(84)],
        [10, '共3笔记录'],
        [11, '已收入:2笔'],
        [12, '待收入:0笔'],
        [13, '已支出:1笔'],
        [14, '待支出:0笔'],
        [15, '导出时间:[2026-06-01 09:00:00]'],
      ]);
      expect(storedSales().map((s) => [s.name, s.product, s.amount_minor])).toEqual([
        ['张伟', '茶叶货款', 48000],
        ['刘洋', '茶具', 15000],
      ]);
    });
  });

  describe('in an office in the United States', () => {
    beforeEach(async () => (b = await tempBackend({ systemLocale: 'en-US' })));

    it('reads a PayPal activity download: payments in are sales, a refund takes its sale back from the customer, and conversions, withdrawals and payments to suppliers are left out', async () => {
      const header =
        'Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,To Email Address,Transaction ID,Item Title,Reference Txn ID,Quantity,Balance,Contact Phone Number,Balance Impact';
      const csv = [
        header,
        '03/01/2026,10:15:22,PST,Anna Weber,Express Checkout Payment,Completed,USD,50.00,-1.75,48.25,anna@example.com,shop@example.com,1AB,Green tea,,1,48.25,,Credit',
        '03/02/2026,09:00:00,PST,,General Currency Conversion,Completed,USD,-48.25,0.00,-48.25,shop@example.com,,2AB,,1AB,,0.00,,Debit',
        '03/02/2026,09:00:00,PST,,General Currency Conversion,Completed,EUR,44.10,0.00,44.10,,shop@example.com,3AB,,1AB,,44.10,,Credit',
        '03/03/2026,11:00:00,PST,Bo Chen,Website Payment,Completed,USD,30.00,-1.17,28.83,bo@example.com,shop@example.com,4AB,Oolong,,2,28.83,+1 415-555-0199,Credit',
        '03/04/2026,12:00:00,PST,Tea Supplier Ltd,General Payment,Completed,USD,-20.00,0.00,-20.00,shop@example.com,supplier@example.com,5AB,,,,8.83,,Debit',
        '03/05/2026,08:00:00,PST,,General Withdrawal,Completed,USD,-8.83,0.00,-8.83,shop@example.com,,6AB,,,,0.00,,Debit',
        '03/06/2026,13:00:00,PST,Anna Weber,Payment Refund,Completed,USD,-50.00,1.45,-48.55,shop@example.com,anna@example.com,7AB,Green tea,1AB,,-48.55,,Debit',
      ].join('\n');
      // Its dates are month first, as the person answers when asked.
      const run = await importFile(b, registerText(b, 'Download.CSV', csv), { kind: 'sales', edit: (m) => ({ ...m, dateOrders: { 0: 'mdy' } }) });
      const targets = run.session.mapping.columns.map((c) => c.target);
      expect(targets.slice(3, 8)).toEqual(['sale.customer', 'sale.type', 'sale.status', 'sale.currency', 'sale.amount']);
      expect(targets.slice(-2)).toEqual(['sale.phone', 'sale.direction']);
      expect(run.preview.counts).toMatchObject({ total: 7, new: 3, invalid: 0, ignored: 4 });
      expect(run.preview.issues.map((i) => i.message)).toEqual([
        'Row 3, Type: “General Currency Conversion” is no money received from a customer, not a sale',
        'Row 4, Type: “General Currency Conversion” is no money received from a customer, not a sale',
        'Row 6, Balance Impact: “Debit” is no money received from a customer, not a sale',
        'Row 7, Type: “General Withdrawal” is no money received from a customer, not a sale',
      ]);
      expect(run.job.result).toMatchObject({ created: 3, contactsAdded: 2, ignored: 4 });
      expect(storedSales()).toEqual([
        { name: 'Anna Weber', email: 'anna@example.com', sold_on: '2026-03-01', product: 'Green tea', amount_minor: 5000, currency: 'USD' },
        { name: 'Bo Chen', email: 'bo@example.com', sold_on: '2026-03-03', product: 'Oolong', amount_minor: 3000, currency: 'USD' },
        { name: 'Anna Weber', email: 'anna@example.com', sold_on: '2026-03-06', product: 'Green tea', amount_minor: -5000, currency: 'USD' },
      ]);
      // Neither the supplier nor the shop's own address became a customer; Bo Chen has his phone.
      expect(contactNames()).toEqual(['Anna Weber', 'Bo Chen']);
      expect(b.connection.sqlite.prepare(`select value from contact_phones`).pluck().all()).toEqual(['+14155550199']);
    });

    it('leaves Stripe’s payouts and fees out of its balance history, and takes its refunds off the customers’ sales', async () => {
      const csv = [
        'id,Type,Amount,Currency,Created (UTC),Description,Customer Email',
        'txn_1,charge,40.00,usd,2026-04-01 10:00,Tea set,eva@example.com',
        'txn_2,stripe_fee,-1.46,usd,2026-04-01 10:00,Stripe processing fees,',
        'txn_3,refund,-15.00,usd,2026-04-03 09:00,Refund for Tea set,eva@example.com',
        // A refund written as a positive amount is taken back all the same.
        'txn_5,Refund,5.00,usd,2026-04-04 09:00,Refund for Cups,eva@example.com',
        'txn_4,payout,-23.54,usd,2026-04-05 00:00,STRIPE PAYOUT,',
      ].join('\n');
      const run = await importFile(b, registerText(b, 'balance_history.csv', csv), { kind: 'sales' });
      expect(run.preview.counts).toMatchObject({ total: 5, new: 3, invalid: 0, ignored: 2 });
      expect(b.connection.sqlite.prepare('select customer, product, amount_minor from sales order by id').all()).toEqual([
        { customer: 'eva@example.com', product: 'Tea set', amount_minor: 4000 },
        { customer: 'eva@example.com', product: 'Refund for Tea set', amount_minor: -1500 },
        { customer: 'eva@example.com', product: 'Refund for Cups', amount_minor: -500 },
      ]);
    });
  });
});
