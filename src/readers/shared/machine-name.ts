import { normalizeText } from '../dom/normalize-label';

/**
 * A box title that reads as a machine's name — words ending in 机, 服务器, 主机, 节点, server, host, node, VM (快照备份机,
 * 负载均衡测试机, 云盘测试机) — not a subject's heading (流量包, 数据盘信息, 快照): a server detail's card headed with its
 * instance's name, whose `notUnder` word (快照, 负载均衡) names no other subject there. Asked only for a title over the
 * record's own labelled id field (../aliyun/server-detail otherBox, ../tencent/cvm-instance-detail underIdTitle). Pure.
 */
export function namesMachine(title: string): boolean {
  return MACHINE_NAME_END.test(normalizeText(title).replace(/\s*\([^()]*\)\s*$/, ''));
}
const MACHINE_NAME_END = /(?:\p{Script=Han}(?:机|服务器|主机|节点)|[a-z0-9][\s_-]*(?:server|host|node|vm))$/iu;
