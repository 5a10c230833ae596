import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Metamorphic properties of the filing form readers: the entity read does not change when fields
 * are reordered, the field markup changes (label[for], label + sibling, dt/dd, aria-label), wrappers
 * change, or a person-in-charge / website-manager section with other values follows; hidden
 * dropdown options and closed dialogs add nothing.
 */

const URL_ = 'https://beian.aliyun.com/pcContainer/formpage';

type Layout = 'for' | 'sibling' | 'dl' | 'aria';

function field(label: string, value: string, layout: Layout, n: number): string {
  const input = (attrs = '') => `<input ${attrs} value="${value}">`;
  switch (layout) {
    case 'for':
      return `<div class="fi"><div class="lb"><label for="f${n}">${label}</label></div><div class="ct"><span>${input(`id="f${n}"`)}</span></div></div>`;
    case 'sibling':
      return `<div class="fi"><span class="lb">${label}</span><div class="ct">${value}</div></div>`;
    case 'dl':
      return `<dl><dt>${label}：</dt><dd>${value}</dd></dl>`;
    case 'aria':
      return `<div class="fi">${input(`aria-label="${label}"`)}</div>`;
  }
}

const provinceArb = fc.constantFrom(['河南省', '41'], ['浙江省', '33'], ['广东省', '44'], ['四川省', '51']);

describe('filing form: metamorphic properties of the entity step', () => {
  it('reads the entity, never the person in charge or the website manager', () => {
    fc.assert(
      fc.property(
        provinceArb,
        fc.stringMatching(/^\d{12}$/),
        fc.constantFrom('个人', '企业'),
        fc.array(fc.constantFrom<Layout>('for', 'sibling', 'dl', 'aria'), { minLength: 5, maxLength: 5 }),
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
        fc.array(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), { maxLength: 3 }),
        ([province, code], digits, type, layouts, order, wrappers) => {
          const id = `${code}${digits}${'1234'}`;
          const fields = [
            ['主办单位性质', type],
            ['主办单位名称', type === '个人' ? '张三' : '某某科技有限公司'],
            ['证件类型', type === '个人' ? '居民身份证' : '营业执照'],
            ['证件号码', id],
            ['备案省份', province],
          ] as const;
          const entity = order.map((i, k) => field(fields[i]![0], fields[i]![1], layouts[k]!, k)).join('');
          const leader = [field('姓名', '李四', 'for', 10), field('证件类型', '护照', 'for', 11), field('证件号码', '110101199001019999', 'for', 12)].join('');
          const site = [field('网站名称', '测试网站', 'for', 20), field('证件号码', '310101198001011111', 'sibling', 21)].join('');
          const open = wrappers.map((w) => `<div class="${w}">`).join('');
          const close = wrappers.map(() => '</div>').join('');
          const html = `<!doctype html><html><head><style>.zz-hidden-9{display:none}</style></head><body>
            <div class="steps"><div>填写基础信息</div><div aria-current="step">填写主体信息</div><div>填写网站信息</div><div>上传资料</div></div>
            ${open}<h3>主办单位信息</h3>${entity}${close}
            <h3>主体负责人信息</h3>${leader}<h3>网站负责人信息</h3>${site}
            <div class="zz-hidden-9" role="listbox"><div>北京市</div><div>事业单位</div></div>
            <div role="dialog" hidden><label>证件号码</label><input value="999999999999999999"></div>
            </body></html>`;
          const got = readPage(htmlToDocument(html, URL_), new URL(URL_));
          expect(got?.reader).toBe('aliyun-beian-entity');
          expect(got?.facts.entity).toEqual({
            type: type === '个人' ? 'individual' : 'organization',
            name: fields[1][1],
            idType: fields[2][1],
            idNumber: `${id.slice(0, 4)}**********${id.slice(-4)}`,
            province,
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
