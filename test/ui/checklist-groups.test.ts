import { describe, expect, it } from 'vitest';
import type { ResultItem, RuleInfo } from '../../src/messaging/contract';
import { badgeOf } from '../../src/messaging/result-items';
import { countStatuses, groupChecklist } from '../../src/ui/checklist-groups';

const rule = (id: string, subjectKind: RuleInfo['subjectKind']): RuleInfo => ({ id, severity: 'error', subjectKind, title: id, sources: [] });
const res = (rule: string, subjectKind: ResultItem['subjectKind'], subject: string, status: ResultItem['status'], severity: ResultItem['severity'] = 'error'): ResultItem => ({
  rule, status, severity, subject, subjectKind, message: `${rule} ${status}`, title: rule, sources: [],
});

describe('groupChecklist', () => {
  it('groups by subject, entity first, failures first; rules without results are not checked yet', () => {
    const rules = [rule('domain.a', 'domain'), rule('domain.b', 'domain'), rule('server.a', 'server'), rule('filing.a', 'entity'), rule('filing.b', 'website')];
    const results = [
      res('server.a', 'server', 'i-1', 'pass'),
      res('domain.a', 'domain', 'a.com', 'pass'),
      res('domain.b', 'domain', 'a.com', 'fail', 'warning'),
      res('domain.a', 'domain', 'b.io', 'unknown'),
      res('filing.a', 'entity', '张三', 'fail'),
    ];
    const { groups, notChecked } = groupChecklist(rules, results);
    expect(groups.map((g) => `${g.kind}:${g.subject}`)).toEqual(['entity:张三', 'domain:a.com', 'domain:b.io', 'server:i-1']);
    expect(groups[1]!.items.map((r) => r.status)).toEqual(['fail', 'pass']);
    const mixed = groupChecklist(rules, [res('a', 'website', 'w', 'pass'), res('b', 'website', 'w', 'fail', 'info'), res('c', 'website', 'w', 'unknown'), res('d', 'website', 'w', 'fail', 'warning')]);
    expect(mixed.groups[0]!.items.map((r) => r.rule)).toEqual(['d', 'c', 'b', 'a']);
    expect(notChecked.map((r) => r.id)).toEqual(['filing.b']);
    expect(countStatuses(results)).toEqual({ errors: 1, warnings: 1, info: 0, unknown: 1, pass: 2 });
  });

  it('counts failing info as notes; an expired domain is not also "expiring soon"', () => {
    const results = [
      res('domain.not-expired', 'domain', 'old.net', 'fail'),
      res('domain.expiring-soon', 'domain', 'old.net', 'fail', 'warning'),
      res('domain.expiring-soon', 'domain', 'soon.com', 'fail', 'warning'),
      res('after.psb-filing', 'website', 'w', 'fail', 'info'),
    ];
    expect(countStatuses(results)).toEqual({ errors: 1, warnings: 1, info: 1, unknown: 0, pass: 0 });
    const { groups } = groupChecklist([], results);
    expect(groups.find((g) => g.subject === 'old.net')!.items.map((r) => r.rule)).toEqual(['domain.not-expired']);
  });
});

describe('badgeOf', () => {
  it('counts failing errors; colour by worst failing severity', () => {
    expect(badgeOf([res('x', 'domain', 'a', 'fail'), res('y', 'domain', 'a', 'fail'), res('z', 'domain', 'a', 'fail', 'warning')])).toEqual({ text: '2', color: '#c5221f', title: 'ICP Preflight: 2 errors' });
    expect(badgeOf([res('x', 'domain', 'a', 'fail')], 'zh').title).toBe('ICP 备案预检：1 个错误');
    expect(badgeOf([res('z', 'domain', 'a', 'fail', 'warning'), res('x', 'domain', 'a', 'unknown')]).text).toBe('!');
    expect(badgeOf([res('x', 'domain', 'a', 'pass')]).text).toBe('');
  });
});
