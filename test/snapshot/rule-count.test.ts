import { describe, expect, it } from 'vitest';
import { topLevelRules } from '../../src/snapshot/rule-count';

describe('topLevelRules (a <style> text changed through the CSSOM, take-snapshot)', () => {
  it.each([
    ['', 0],
    ['.a{color:red}', 1],
    ['.a{color:red} .b{display:none}', 2],
    ['@media print{.x{color:red}.y{color:blue}}', 1],
    ['/* { } */ .x{color:red}', 1],
    ['.x{content:"}"} .y{content:\'{\'}', 2],
    ['.x{content:"\\"}"}', 1],
    ['@import url(a.css); .x{}', 2],
    ['.a{ .b{ color:red } }', 1],
    ['.a{color:red', 0],
  ])('%j → %i', (text, n) => expect(topLevelRules(text)).toBe(n));
});
