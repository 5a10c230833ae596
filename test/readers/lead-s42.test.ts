import { describe, expect, it } from 'vitest';
import { ecsDetail, ecsUrl, filingItem, filingSteps, read } from '../helpers/console-pages';

/** The lead's fixes of session 42 (test/fixtures-unseen/README.md, "Lead's review, session 42"). */
const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];

describe("an Alibaba billing line whose date's word a bracket naming another resource follows (as the Tencent lines since 00ca3e5)", () => {
  it('"包年包月 / 2026-08-01 到期（数据盘）" on an ECS detail is the disk\'s date, not the instance\'s (gave 2026-08-01: invented)', () => {
    for (const v of ['包年包月<br>2026-08-01 到期（数据盘）', '包年包月<br>2026-08-01 到期 (弹性公网IP)', '包年包月<br>2026-08-01 23:59:59 到期（代金券）']) {
      expect(server(ecsDetail('').replace('包年包月', v), ecsUrl), v).not.toHaveProperty('expiresAt');
    }
  });
  it('(guard) the instance\'s own line after the disk\'s, and "到期（自动续费）", still give the instance\'s date', () => {
    for (const [v, want] of [
      ['包年包月<br>2026-08-01 到期（数据盘），实例 2027-12-05 到期', '2027-12-05'],
      ['包年包月<br>2027-12-05 到期（自动续费）', '2027-12-05'],
      ['包年包月<br>2027-12-05 到期', '2027-12-05'],
    ] as const) expect(server(ecsDetail('').replace('包年包月', v), ecsUrl)?.expiresAt, v).toBe(want);
  });
});

describe('a coach mark drawn as a plain box, titled 新手引导 in a bold line inside it (dom/example-box inExamplePanel)', () => {
  const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage';
  const guide = (title: string) =>
    `<div class="guide-pop"><strong>${title}</strong>` +
    filingItem('主办单位性质', '企业') + filingItem('主办单位名称', '张三') + filingItem('主办单位证件号码', '110101199003071234') +
    '<p>按照示例填写后点击下一步。</p><a>我知道了</a></div>';
  const own = filingItem('主办单位性质', '个人') + filingItem('主办单位名称', '李四') + filingItem('主办单位证件号码', '3301**********5678');
  const entity = (before: string) => read(filingSteps(1) + '<h4>主体信息</h4>' + before + own, aliyunUrl)?.facts.entity;
  it("every row of the guide is an example: the form's own entity is read (gave 张三, organization and the guide's number: invented)", () => {
    for (const t of ['新手引导', '新手指引', '操作引导', 'Quick tour', 'Getting started']) {
      expect(entity(guide(t)), t).toEqual({ type: 'individual', name: '李四', idNumber: '3301**********5678' });
    }
  });
  it('(guard) a box opened by a bold line that names no example or guide keeps its rows (the form\'s own section)', () => {
    const section = `<div class="box"><strong>主办单位信息</strong>${own}</div>`;
    expect(read(filingSteps(1) + '<h4>主体信息</h4>' + section, aliyunUrl)?.facts.entity).toEqual({ type: 'individual', name: '李四', idNumber: '3301**********5678' });
  });
});

describe('the same coach mark on the Tencent filing website step', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000391/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const head = '<h2>首次备案</h2><div class="tea-step"><span class="tea-step__item">填写主体信息</span><span class="tea-step__item is-current">填写网站信息</span></div>';
  const guide = '<div class="guide-pop"><strong>新手引导</strong>' + item('网站名称', '某某的读书笔记') + item('网站域名', 'example.com') + item('网站首页URL', 'www.example.com') + '<a>下一步</a></div>';
  const form = `<div class="tea-card"><div class="tea-card__body"><form class="tea-form">${item('网站名称', '<input class="tea-input" value="竹间手记">')}${item('网站域名', '<input class="tea-input" value="zhujian-lead.cn">')}</form></div></div>`;
  it("one website, the form's own (the guide made a second, example.com: invented)", () => {
    const got = read(`<div class="page">${head}${guide}${form}</div>`, url);
    expect(got?.facts.websites?.map((w) => w.domains)).toEqual([['zhujian-lead.cn']]);
  });
});
