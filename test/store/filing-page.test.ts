import { describe, expect, it } from 'vitest';
import { memoryBackground } from '../helpers/memory-background';
import { isFilingPage } from '../../src/messaging/console-hosts';
import type { TabResultsMessage } from '../../src/messaging/contract';


const setup = () => memoryBackground({ lang: () => 'zh' });

describe('filing pages (the pre-submit check) on the Tencent console', () => {
  it.each([
    ['beian', 'https://beian.aliyun.com/pcContainer/formpage', true],
    ['tencent', 'https://console.cloud.tencent.com/beian/manage/process/1/website', true],
    ['tencent', 'https://console.cloud.tencent.com/beian', true],
    ['tencent', 'https://console.cloud.tencent.com/cvm/instance/index?rid=1', false],
    ['tencent', 'https://console.cloud.tencent.com/beianx/', false],
    ['ecs', 'https://ecs.console.aliyun.com/server/region/cn-hangzhou', false],
  ] as const)('%s %s → %s', (family, url, want) => {
    expect(isFilingPage(family, url)).toBe(want);
  });

  it('a Tencent filing-form page gets the blocking results; a Tencent domain-list page does not', async () => {
    const { service } = setup();
    const form = (await service.handle(
      {
        type: 'page-facts',
        url: 'https://console.cloud.tencent.com/beian/manage/process/1/website',
        reader: 'tencent-beian-form',
        facts: { version: 1, websites: [{ name: '张三的技术笔记', domains: ['zhangsan-blog.cn'] }] },
      },
      { tab: { id: 3, url: 'https://console.cloud.tencent.com/beian/manage/process/1/website' }, url: 'https://console.cloud.tencent.com/beian/manage/process/1/website' },
    )) as TabResultsMessage;
    expect(form.blocking).toBeDefined();
    const list = (await service.handle(
      {
        type: 'page-facts',
        url: 'https://console.cloud.tencent.com/domain/all-domain/all',
        reader: 'tencent-domain-list',
        facts: { version: 1, domains: [{ domain: 'zhangsan-photo.com', realNameVerified: false }] },
      },
      { tab: { id: 4, url: 'https://console.cloud.tencent.com/domain/all-domain/all' }, url: 'https://console.cloud.tencent.com/domain/all-domain/all' },
    )) as TabResultsMessage;
    expect(list.blocking).toBeUndefined();
  });
});

describe('the filing in progress holds the servers of the cloud it is made with', () => {
  const tab = (id: number, url: string) => ({ tab: { id, url }, url });
  const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const CVM = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const ALIYUN_FORM = 'https://beian.aliyun.com/pcContainer/formpage';
  const TENCENT_FORM = 'https://console.cloud.tencent.com/beian/manage/process/1/website';
  const seeServers = async (service: ReturnType<typeof setup>['service']) => {
    await service.handle({ type: 'page-facts', url: ECS, reader: 'aliyun-ecs-instance-list', facts: { version: 1, servers: [{ id: 'i-bp1paygali0001abcd', provider: 'aliyun', product: 'ecs', billing: 'payg' }] } }, tab(1, ECS));
    await service.handle({ type: 'page-facts', url: CVM, reader: 'tencent-cvm-instance-list', facts: { version: 1, servers: [{ id: 'ins-paygtc01', provider: 'tencent', product: 'cvm', billing: 'payg' }] } }, tab(2, CVM));
  };
  const blockedServers = (m: TabResultsMessage) => (m.blocking ?? []).filter((r) => r.subjectKind === 'server').map((r) => r.subject);

  it('an Alibaba Cloud filing is not held by a Tencent Cloud server, nor a Tencent Cloud filing by an Alibaba Cloud one', async () => {
    const { service } = setup();
    await seeServers(service);
    const entity = { type: 'individual', name: '张三', province: '浙江省' };
    const site = { name: '张三的博客', domains: ['zhangsan-blog.cn'] };
    const ali = (await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, entity, websites: [site] } }, tab(3, ALIYUN_FORM))) as TabResultsMessage;
    expect(blockedServers(ali)).toEqual(['i-bp1paygali0001abcd']);
    const tc = (await service.handle({ type: 'page-facts', url: TENCENT_FORM, reader: 'tencent-beian-form', facts: { version: 1, entity, websites: [site] } }, tab(4, TENCENT_FORM))) as TabResultsMessage;
    expect(blockedServers(tc)).toEqual(['ins-paygtc01']);
  });

  it('a server the website names stays in the filing, whichever cloud', async () => {
    const { service } = setup();
    await seeServers(service);
    const facts = { version: 1 as const, entity: { type: 'individual' as const, name: '张三', province: '浙江省' }, websites: [{ name: '张三的博客', domains: ['zhangsan-blog.cn'], serverId: 'ins-paygtc01' }] };
    const ali = (await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts }, tab(3, ALIYUN_FORM))) as TabResultsMessage;
    expect(blockedServers(ali)).toEqual(['ins-paygtc01']);
  });

  it('with no entity seen, no cloud is chosen: every server seen is held', async () => {
    const { service } = setup();
    await seeServers(service);
    const form = (await service.handle({ type: 'page-facts', url: ALIYUN_FORM, reader: 'aliyun-beian-website', facts: { version: 1, websites: [{ name: '张三的博客', domains: ['zhangsan-blog.cn'] }] } }, tab(3, ALIYUN_FORM))) as TabResultsMessage;
    expect(blockedServers(form).sort()).toEqual(['i-bp1paygali0001abcd', 'ins-paygtc01']);
  });
});

describe('the filing in progress is checked as made with its cloud', () => {
  const tab = (id: number, url: string) => ({ tab: { id, url }, url });
  const TENCENT_DOMAIN = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const ALIYUN_FORM = 'https://beian.aliyun.com/pcContainer/formpage';

  it('a domain registered to a shareholder does not hold an Alibaba Cloud filing, though seen in a Tencent console', async () => {
    const { service } = setup();
    // the domain seen in Tencent Cloud's console: registered to a shareholder of the company (Alibaba Cloud accepts that with proof, Tencent Cloud does not)
    await service.handle(
      { type: 'page-facts', url: TENCENT_DOMAIN, reader: 'tencent-domain-list', facts: { version: 1, domains: [{ domain: 'moumou-shop.cn', registrantName: '王五', registrantRelation: 'shareholder', realNameVerified: true }] } },
      tab(1, TENCENT_DOMAIN),
    );
    const form = (await service.handle(
      {
        type: 'page-facts',
        url: ALIYUN_FORM,
        reader: 'aliyun-beian-website',
        facts: { version: 1, entity: { type: 'organization', name: '杭州某某科技有限公司', province: '浙江省' }, websites: [{ name: '某某商城', domains: ['moumou-shop.cn'] }] },
      },
      tab(2, ALIYUN_FORM),
    )) as TabResultsMessage;
    const about = (m: TabResultsMessage) => (m.blocking ?? []).filter((r) => r.subject === 'moumou-shop.cn').map((r) => r.message);
    expect(about(form)).toEqual([]);
    // the shareholder relation is still told (a warning: proof needed), as made with Alibaba Cloud
    expect(form.results.filter((r) => r.subject === 'moumou-shop.cn' && r.status === 'fail').map((r) => r.severity)).toEqual(['warning']);
  });

  it('the same domain holds a Tencent Cloud filing, though seen in an Alibaba Cloud console', async () => {
    const { service } = setup();
    const DOMAIN_PAGE = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
    const TENCENT_FORM = 'https://console.cloud.tencent.com/beian/manage/process/1/website';
    await service.handle(
      { type: 'page-facts', url: DOMAIN_PAGE, reader: 'aliyun-domain-list', facts: { version: 1, domains: [{ domain: 'moumou-shop.cn', registrantName: '王五', registrantRelation: 'shareholder', realNameVerified: true }] } },
      tab(1, DOMAIN_PAGE),
    );
    const form = (await service.handle(
      {
        type: 'page-facts',
        url: TENCENT_FORM,
        reader: 'tencent-beian-form',
        facts: { version: 1, entity: { type: 'organization', name: '杭州某某科技有限公司', province: '浙江省' }, websites: [{ name: '某某商城', domains: ['moumou-shop.cn'] }] },
      },
      tab(2, TENCENT_FORM),
    )) as TabResultsMessage;
    expect((form.blocking ?? []).filter((r) => r.subject === 'moumou-shop.cn').map((r) => r.message).join()).toMatch(/腾讯云只接受/);
  });
});
