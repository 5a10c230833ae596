import { describe, expect, it } from 'vitest';
import { memoryBackground } from '../helpers/memory-background';
import type { TabResultsMessage } from '../../src/messaging/contract';

// Review of session 58's "the filing linted as made with its cloud" (rev58): a user with accounts on both clouds.
const setup = () => memoryBackground({ lang: () => 'zh' });
const tab = (id: number, url: string) => ({ tab: { id, url }, url });
const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const CVM = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const ALIYUN_FORM = 'https://beian.aliyun.com/pcContainer/formpage';
const TENCENT_FORM = 'https://console.cloud.tencent.com/beian/manage/process/1/website';
const entity = { type: 'individual' as const, name: '张三', province: '浙江省' };
const site = { name: '张三的博客', domains: ['zhangsan-blog.cn'] };
type Service = ReturnType<typeof setup>['service'];
const seeServers = async (service: Service) => {
  await service.handle({ type: 'page-facts', url: ECS, reader: 'aliyun-ecs-instance-list', facts: { version: 1, servers: [{ id: 'i-bp1paygali0001abcd', provider: 'aliyun', product: 'ecs', billing: 'payg' }] } }, tab(1, ECS));
  await service.handle({ type: 'page-facts', url: CVM, reader: 'tencent-cvm-instance-list', facts: { version: 1, servers: [{ id: 'ins-paygtc01', provider: 'tencent', product: 'cvm', billing: 'payg' }] } }, tab(2, CVM));
};
const blockedServers = (m: TabResultsMessage) => (m.blocking ?? []).filter((r) => r.subjectKind === 'server').map((r) => r.subject).sort();
const lastPushTo = (pushed: TabResultsMessage[], before: number) => pushed.slice(before);
const results = async (service: Service, id: number, url: string) => (await service.handle({ type: 'get-tab-results', url }, tab(id, url))) as TabResultsMessage;

describe('the same filing open on both clouds\' forms: each form is checked as made with its own cloud', () => {
  it('the Alibaba Cloud form is not held by the Tencent Cloud server once the Tencent Cloud form was read last', async () => {
    const { service } = setup();
    await seeServers(service);
    await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM));
    await service.handle({ type: 'page-facts', url: TENCENT_FORM, reader: 'tencent-beian-form', facts: { version: 1, entity, websites: [site] } }, tab(4, TENCENT_FORM));
    // the Alibaba Cloud form's page did not change (no new read): what it holds is what the background answers it
    expect(blockedServers(await results(service, 3, ALIYUN_FORM))).toEqual(['i-bp1paygali0001abcd']);
    expect(blockedServers(await results(service, 4, TENCENT_FORM))).toEqual(['ins-paygtc01']);
  });

  it('the push to the other form after a read carries that form\'s own cloud', async () => {
    const { service, state } = setup();
    await seeServers(service);
    await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM));
    const n = state.pushed.length;
    await service.handle({ type: 'page-facts', url: TENCENT_FORM, reader: 'tencent-beian-form', facts: { version: 1, entity, websites: [site] } }, tab(4, TENCENT_FORM));
    await new Promise((r) => setTimeout(r, 0));
    const forms = lastPushTo(state.pushed, n).filter((m) => m.blocking !== undefined);
    expect(forms.length).toBeGreaterThan(0);
    // the pushes go to tabs 1, 2 (no blocking) and 3 (the Alibaba Cloud form)
    for (const m of forms) expect(blockedServers(m)).toEqual(['i-bp1paygali0001abcd']);
  });

  it('a Tencent Cloud form whose step shows no entity, the entity last seen on the Alibaba Cloud form: held by Tencent Cloud\'s server', async () => {
    const { service } = setup();
    await seeServers(service);
    await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM));
    const tc = (await service.handle({ type: 'page-facts', url: TENCENT_FORM, reader: 'tencent-beian-form', facts: { version: 1, websites: [site] } }, tab(4, TENCENT_FORM))) as TabResultsMessage;
    expect(blockedServers(tc)).toEqual(['ins-paygtc01']);
  });
});

describe('an imported facts file', () => {
  it('a file that names the entity again does not undo the cloud the filing is made with', async () => {
    const { service } = setup();
    await seeServers(service);
    await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM));
    const ok = await service.handle({ type: 'import-facts', file: { version: 1, entity, websites: [site] }, name: 'facts.json' }, { extensionPage: true });
    expect(ok).toMatchObject({ ok: true });
    expect(blockedServers(await results(service, 3, ALIYUN_FORM))).toEqual(['i-bp1paygali0001abcd']);
  });
});

describe('two filings, one on each cloud: each form\'s pre-submit check holds for its own filing', () => {
  const TDOM = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const other = { type: 'organization' as const, name: '李四科技有限公司', province: '浙江省' };
  const blockedSubjects = (m: TabResultsMessage) => (m.blocking ?? []).map((r) => r.subject).sort();

  it('the Alibaba Cloud form of one filing is not held by the other filing\'s unverified domain once the other\'s Tencent Cloud form was read', async () => {
    const { service, state } = setup();
    await service.handle({ type: 'page-facts', url: TDOM, reader: 'tencent-domain-list', facts: { version: 1, domains: [{ domain: 'lisi-shop.cn', realNameVerified: false }] } }, tab(1, TDOM));
    const first = (await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM))) as TabResultsMessage;
    expect(blockedSubjects(first)).toEqual([]);
    const n = state.pushed.length;
    const tc = (await service.handle({ type: 'page-facts', url: TENCENT_FORM, reader: 'tencent-beian-form', facts: { version: 1, entity: other, websites: [{ name: '李四商城', domains: ['lisi-shop.cn'] }] } }, tab(4, TENCENT_FORM))) as TabResultsMessage;
    // the filing read last: its form is held by its domain
    expect(blockedSubjects(tc)).toEqual(['lisi-shop.cn']);
    await new Promise((r) => setTimeout(r, 0));
    // the first filing's form: neither asked again nor pushed is it held by the other filing's domain
    expect(blockedSubjects(await results(service, 3, ALIYUN_FORM))).toEqual([]);
    for (const m of state.pushed.slice(n).filter((m) => m.blocking !== undefined)) expect(blockedSubjects(m)).toEqual([]);
    // the popup and the badge stay with the filing in progress (the one read last)
    const c = (await service.handle({ type: 'get-checklist' }, { extensionPage: true })) as { results: { subject: string; status: string; severity: string }[] };
    expect(c.results.some((r) => r.subject === 'lisi-shop.cn' && r.status === 'fail')).toBe(true);
  });
});

describe('two filings: another filing\'s domain is not checked against the entity of the filing read last', () => {
  it('the domain list shows no registrant mismatch for the first filing\'s domain once the second filing\'s form was read', async () => {
    const { service } = setup();
    const ADOM = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
    const domainErrors = (m: TabResultsMessage) => m.results.filter((r) => r.subject === 'zhangsan-blog.cn' && r.status === 'fail').map((r) => r.rule);
    const before = (await service.handle({ type: 'page-facts', url: ADOM, reader: 'aliyun-domain-list', facts: { version: 1, domains: [{ domain: 'zhangsan-blog.cn', registrantName: '张三', realNameVerified: true }] } }, tab(1, ADOM))) as TabResultsMessage;
    expect(domainErrors(before)).toEqual([]);
    await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM));
    expect(domainErrors(await results(service, 1, ADOM))).toEqual([]);
    await service.handle({ type: 'page-facts', url: TENCENT_FORM, reader: 'tencent-beian-form', facts: { version: 1, entity: { type: 'organization', name: '李四科技有限公司', province: '浙江省' }, websites: [{ name: '李四商城', domains: ['lisi-shop.cn'] }] } }, tab(4, TENCENT_FORM));
    expect(domainErrors(await results(service, 1, ADOM))).toEqual([]);
    // (nor in the popup's "seen in the console")
    const c = (await service.handle({ type: 'get-checklist' }, { extensionPage: true })) as { console: { subject: string; status: string; rule: string }[] };
    expect(c.console.filter((r) => r.subject === 'zhangsan-blog.cn').map((r) => r.rule)).toEqual([]);
    // a registrant that does not match the filing's own entity is still an error (guard): the second filing's domain
    await service.handle({ type: 'page-facts', url: ADOM, reader: 'aliyun-domain-list', facts: { version: 1, domains: [{ domain: 'zhangsan-blog.cn', registrantName: '张三', realNameVerified: true }, { domain: 'lisi-shop.cn', registrantName: '王五', realNameVerified: true }] } }, tab(1, ADOM));
    const after = await results(service, 1, ADOM);
    expect(after.results.filter((r) => r.subject === 'lisi-shop.cn' && r.status === 'fail').map((r) => r.rule)).toContain('domain.registrant-matches-entity');
  });
});

describe('a filing whose entity was seen before the other cloud\'s pages (guard)', () => {
  it('the Tencent Cloud server read after the Alibaba Cloud form stays out of its check, and its own page still warns of it', async () => {
    const { service } = setup();
    await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM));
    await seeServers(service);
    expect(blockedServers(await results(service, 3, ALIYUN_FORM))).toEqual(['i-bp1paygali0001abcd']);
    const cvm = await results(service, 2, CVM);
    expect(cvm.results.filter((r) => r.subject === 'ins-paygtc01' && r.status === 'fail').length).toBeGreaterThan(0);
    // the popup: the Tencent Cloud server in "seen in the console", not in the filing (nor the badge's count)
    const c = (await service.handle({ type: 'get-checklist' }, { extensionPage: true })) as { results: { subject: string }[]; console: { subject: string }[] };
    expect(c.results.some((r) => r.subject === 'ins-paygtc01')).toBe(false);
    expect(c.console.some((r) => r.subject === 'ins-paygtc01')).toBe(true);
  });
});
