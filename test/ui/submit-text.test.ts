import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSubmitText } from '../../src/ui/page/submit-guard';

/**
 * Which buttons the pre-submit check holds (src/ui/page/submit-guard.ts isSubmitText): a filing's submission in the
 * consoles' words, the resubmission after a rejection included, and nothing else of a filing page.
 */
describe('isSubmitText', () => {
  it.each([
    '提交', '提 交', '提交备案', '提交备案申请', '确定提交', '提交审核', '提交初审', '提交管局', '确认提交', '确认并提交', '重新提交',
    '保存并重新提交', '修改完成，重新提交', '修改完成, 重新提交', ' 提交备案 ', 'Submit', 'SUBMIT', 'Submit Application',
    'Submit for Review', 'Submit Filing', 'Resubmit', 'Submit again', 'Confirm and Submit',
  ])('holds %j', (text) => expect(isSubmitText(text)).toBe(true));

  it.each([
    '提交订单', '提交工单', '提交申请', '下一步', '上一步', '保存', '保存草稿', '查看提交记录', '提交记录', '3 提交审核', 'Submit a ticket',
    'Next', 'Save', '取消提交', '撤销提交', '', '提交'.repeat(12),
  ])('lets %j through', (text) => expect(isSubmitText(text)).toBe(false));

  it("every button of the filing pages' fixtures that names a submission is held (提交订单 apart)", () => {
    const dirs = [
      ...readdirSync('test/fixtures').filter((d) => d.includes('beian')).map((d) => join('test/fixtures', d)),
      ...['aliyun', 'tencent'].flatMap((p) => readdirSync(join('test/fixtures-unseen', p)).filter((d) => d.includes('beian')).map((d) => join('test/fixtures-unseen', p, d))),
    ];
    const texts = new Set<string>();
    for (const dir of dirs)
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.html')))
        for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)) {
          const text = m[1]!.replace(/<[^>]+>/g, '').trim();
          if (/提交|submit/i.test(text) && !/订单/.test(text)) texts.add(text);
        }
    // (the fixtures hold 提交备案, 提交, 确认提交, 提交审核, Submit Application, 保存并重新提交, 修改完成，重新提交)
    expect(texts.size).toBeGreaterThanOrEqual(7);
    expect([...texts].filter((t) => !isSubmitText(t))).toEqual([]);
  });
});
