import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { ecsList500Html, ecsList500Id, ecsList500Url } from '../helpers/ecs-list-500';

describe('the 500-row ECS list of the benchmark', () => {
  it('reads 500 servers with the expected facts', () => {
    const doc = htmlToDocument(ecsList500Html(), ecsList500Url);
    const t0 = performance.now();
    const got = readPage(doc, new URL(ecsList500Url));
    const first = performance.now() - t0;
    const t1 = performance.now();
    readPage(doc, new URL(ecsList500Url));
    const second = performance.now() - t1;
    console.log(`500-row ECS list read: first ${first.toFixed(1)} ms, warm ${second.toFixed(1)} ms (happy-dom)`);
    expect(got?.reader).toBe('aliyun-ecs-instance-list');
    const servers = got?.facts.servers ?? [];
    expect(servers).toHaveLength(500);
    expect(servers[0]).toEqual({ id: ecsList500Id(0), provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-01-01', publicBandwidthMbps: 1 });
    expect(servers[1]).toEqual({ id: ecsList500Id(1), provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-02-02' });
    expect(servers[2]).toEqual({ id: ecsList500Id(2), provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 0 });
    expect(servers[3]).toEqual({ id: ecsList500Id(3), provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 0 });
  });
});
