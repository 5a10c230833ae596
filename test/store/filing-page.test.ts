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
