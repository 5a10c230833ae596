// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReplyStatus } from '../../src/ui/reply-status';

describe('the popup says when a save failed or results were left out', () => {
  it.each([
    [{ lang: 'en' as const, storageError: 'Error: QUOTA_BYTES quota exceeded' }, /The last save failed/],
    [{ lang: 'zh' as const, storageError: 'x' }, /最近一次保存失败/],
    [{ lang: 'en' as const, omitted: 120 }, /120 more are not shown/],
    [{ lang: 'zh' as const, omitted: 3 }, /另有 3 条未显示/],
  ])('%j', (data, text) => {
    const el = document.createElement('div');
    render(<ReplyStatus data={data} />, el);
    expect(el.querySelector('[role="status"]')?.textContent).toMatch(text);
  });

  it('nothing when all is well', () => {
    const el = document.createElement('div');
    render(<ReplyStatus data={{ lang: 'en' }} />, el);
    expect(el.innerHTML).toBe('');
  });
});
