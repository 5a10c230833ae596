import { describe, expect, it } from 'vitest';
import { ecsDetail, ecsUrl, read } from '../helpers/console-pages';

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
