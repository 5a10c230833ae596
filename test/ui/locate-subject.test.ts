// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { containsSubject, createSubjectLocator, HOST_TAG, locateSubjects, runToEnd, subjectHolder } from '../../src/ui/page/locate-subject';

describe('containsSubject', () => {
  it.each([
    ['i-bp1abc 运行中', 'i-bp1abc', true],
    ['i-bp1abcd', 'i-bp1abc', false],
    ['ID: I-BP1ABC', 'i-bp1abc', true],
    ['www.example.com', 'example.com', true],
    ['myexample.com', 'example.com', false],
    ['example.com.cn', 'example.com', false],
    ['example.com。', 'example.com', true],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com', true],
    ['anything', '', false],
  ])('%s contains %s: %s', (text, subject, expected) => expect(containsSubject(text, subject)).toBe(expected));
});

describe('createSubjectLocator', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <table>
        <thead><tr><th>实例ID/名称</th><th>付费方式</th></tr></thead>
        <tbody>
          <tr><td><a>i-bp1aaa</a><br><span>web-1</span></td><td>按量付费</td></tr>
          <tr><td><a>i-bp1bbb</a></td><td>包年包月</td></tr>
        </tbody>
      </table>
      <div role="grid"><div role="row"><div role="gridcell">example.com</div><div role="gridcell">未实名认证</div></div></div>
      <form>
        <div class="item"><label>网站名称</label><span><input value="我的博客"></span></div>
      </form>
      <p>Domain <b>other.cn</b> expires soon</p>`;
  });

  it('puts a row subject in the cell that shows it', () => {
    const at = createSubjectLocator(document)('i-bp1aaa');
    expect(at?.kind).toBe('row');
    expect(at?.anchor.tagName).toBe('TD');
    expect(at?.anchor.textContent).toContain('i-bp1aaa');
  });

  it('understands ARIA grids', () => {
    const at = createSubjectLocator(document)('EXAMPLE.com');
    expect(at?.anchor.getAttribute('role')).toBe('gridcell');
  });

  it('finds a form field by its value and returns the field with its label', () => {
    const at = createSubjectLocator(document)('我的博客');
    expect(at?.kind).toBe('field');
    expect(at?.anchor.textContent).toContain('网站名称');
  });

  it('falls back to visible text, and to null', () => {
    expect(createSubjectLocator(document)('other.cn')?.anchor.tagName).toBe('P');
    expect(createSubjectLocator(document)('i-zzz')).toBeNull();
  });

  it('never matches its own warnings', () => {
    const host = document.createElement(HOST_TAG);
    host.textContent = 'i-bp1zzz';
    document.querySelector('tbody tr td')!.append(host);
    expect(createSubjectLocator(document)('i-bp1zzz')).toBeNull();
    expect(createSubjectLocator(document)('i-bp1aaa')?.anchor.tagName).toBe('TD');
  });
});

describe('locateSubjects: many subjects at once (one walk) agree with one at a time', () => {
  it('ids glued to the next text, a domain under www, full-width text, an id split across elements, several words, fields, plain text', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `<tr><td><a>i-bp1fill${i}</a><span style="display:block">web-${i}</span></td><td>包年包月</td></tr>`).join('');
    document.body.innerHTML = `
      <table><tbody>${filler}
        <tr><td><a>i-bp1glued</a><span>web-x</span></td><td>按量付费</td></tr>
        <tr><td>www.shop.example.cn</td><td>x</td></tr>
        <tr><td>ＦＵＬＬ．ｃｎ</td><td>x</td></tr>
        <tr><td><b>i-bp1</b>split</td><td>My Blog (2024)</td></tr>
        <tr><td>i-bp1longer-than</td><td>x</td></tr>
      </tbody></table>
      <form><div class="item"><label>网站名称</label><span><input value="我的博客"></span></div></form>
      <p>Domain <b>other.cn</b> expires soon</p>`;
    const subjects = [...Array.from({ length: 20 }, (_, i) => `i-bp1fill${i}`), 'i-bp1glued', 'shop.example.cn', 'full.cn', 'i-bp1split', 'My Blog', 'i-bp1longer', '我的博客', 'other.cn', 'absent.cn'];
    const many = runToEnd(locateSubjects(document, subjects));
    const one = createSubjectLocator(document);
    for (const s of subjects) {
      const a = many.get(s);
      const b = one(s);
      expect(a?.anchor ?? null, s).toBe(b?.anchor ?? null);
      expect(a?.kind, s).toBe(b?.kind);
    }
    expect(many.get('i-bp1glued')?.kind).toBe('row');
    expect(many.get('shop.example.cn')?.anchor.textContent).toBe('www.shop.example.cn');
    expect(many.get('full.cn')?.kind).toBe('row');
    expect(many.get('i-bp1split')).toBeNull(); // pieces apart on screen are not one id
    expect(many.get('My Blog')?.anchor.textContent).toBe('My Blog (2024)'); // several words: found through the rows' text
    expect(many.get('i-bp1longer')).toBeNull();
    expect(many.get('我的博客')?.kind).toBe('field');
    expect(many.get('other.cn')?.anchor.tagName).toBe('P');
    expect(many.get('absent.cn')).toBeNull();
  });
});

describe('locateSubjects: the row the reader read a subject from is looked in first', () => {
  beforeEach(() => {
    // the id shown first in a note above the list (not a row of it), then in its own row
    document.body.innerHTML = `
      <table><tbody>
        <tr><td>最近操作：<a>i-bp1aaa</a> 续费</td></tr>
      </tbody></table>
      <table><tbody>
        <tr id="r1"><td><a>i-bp1aaa</a></td><td>按量付费</td></tr>
        <tr id="r2"><td><a>i-bp1bbb</a></td><td>包年包月</td></tr>
      </tbody></table>`;
  });

  it('places the subject in the row it was read from (not the first row in the page that shows it)', () => {
    const rows = new Map([['i-bp1aaa', document.getElementById('r1')!]]);
    const at = runToEnd(locateSubjects(document, ['i-bp1aaa', 'i-bp1bbb'], [], (s) => rows.get(s)));
    expect(at.get('i-bp1aaa')?.anchor.closest('tr')?.id).toBe('r1');
    // without a hint: the first row of the page that shows it
    expect(runToEnd(locateSubjects(document, ['i-bp1aaa'])).get('i-bp1aaa')?.anchor.closest('tr')?.id).toBe('');
    expect(at.get('i-bp1bbb')?.anchor.closest('tr')?.id).toBe('r2');
  });

  it('the reader may name the element in the row that holds the subject (subjectHolder): placed in its cell, as for the row', () => {
    const r1 = document.getElementById('r1') as HTMLTableRowElement;
    const holder = subjectHolder(r1, 'i-bp1aaa');
    expect(holder).toBe(r1.querySelector('a'));
    const at = runToEnd(locateSubjects(document, ['i-bp1aaa'], [], () => holder!)).get('i-bp1aaa');
    expect(at?.anchor).toBe(r1.cells[0]);
    expect(at?.shows).toBe(holder!.firstChild);
    // the holder that no longer shows it: the walk (the first row of the page that shows it)
    holder!.textContent = 'i-bp1ccc';
    expect(runToEnd(locateSubjects(document, ['i-bp1aaa'], [], () => holder!)).get('i-bp1aaa')?.anchor.closest('tr')?.id).toBe('');
  });

  it('subjectHolder: none when the row does not show the subject in one text, or its cell is not in the row', () => {
    const r2 = document.getElementById('r2') as HTMLTableRowElement;
    expect(subjectHolder(r2, 'i-bp1aaa')).toBeNull();
    r2.cells[0]!.innerHTML = '<a>i-bp1</a><a>bbb</a>';
    expect(subjectHolder(r2, 'i-bp1bbb')).toBeNull();
    // a "row" the reader read that is not a table row: the cell the marker would go to is outside it
    document.body.insertAdjacentHTML('beforeend', '<table><tbody><tr><td><div id="card"><span>i-bp1ddd</span></div></td></tr></tbody></table>');
    expect(subjectHolder(document.getElementById('card')!, 'i-bp1ddd')).toBeNull();
  });

  it('a row that no longer shows the subject, or is one of our hosts, is passed over for the walk', () => {
    const r1 = document.getElementById('r1')!;
    const host = document.createElement(HOST_TAG);
    host.innerHTML = '<table><tbody><tr><td>i-bp1bbb</td></tr></tbody></table>';
    document.body.append(host);
    const hostRow = host.querySelector('tr')!;
    r1.querySelector('a')!.textContent = 'i-bp1ccc';
    const hints = new Map<string, Element>([['i-bp1aaa', r1], ['i-bp1bbb', hostRow]]);
    const at = runToEnd(locateSubjects(document, ['i-bp1aaa', 'i-bp1bbb'], [], (s) => hints.get(s)));
    expect(at.get('i-bp1aaa')?.anchor.closest('tr')?.id).toBe('');
    expect(at.get('i-bp1bbb')?.anchor.closest('tr')?.id).toBe('r2');
  });
});
