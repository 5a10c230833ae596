import { describe, expect, it } from 'vitest';
import { parseBandwidth } from '../../src/readers/dom/parse-bandwidth';
import { registrantNameOf } from '../../src/readers/shared/text-values';
import { creationInText, expiryInText } from '../../src/readers/tencent/values';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 35's reader changes (/work/notes/review35.md): values a change now lost or
 * invented on console pages its author did not try, each failing before its fix.
 */

const cvm = (extra: string) => read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + extra), cvmUrl)?.facts.servers?.[0];
const ecs = (extra: string) => read(ecsDetail(infoRow('公网IP', '47.98.1.2') + extra), ecsUrl)?.facts.servers?.[0];
/** Chrome's translation: every run of text in two <font> boxes. */
const fonts = (t: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${t}</font></font>`;

describe('an inline "label：value" whose label and value the translator drew in two runs of <font> boxes (dom/field.ts findLabelElements)', () => {
  it('<p><font><font>到期时间：</font></font><font><font>2027-03-01 …</font></font></p> gives the expiry (lost since the font boxes were skipped)', () => {
    expect(cvm(`<p>${fonts('到期时间：')}${fonts('2027-03-01 23:59:59')}</p>`)?.expiresAt).toBe('2027-03-01');
    expect(cvm(`<div class="row">${fonts('到期时间：')}${fonts('2027-03-01 23:59:59')}</div>`)?.expiresAt).toBe('2027-03-01');
    expect(cvm(`<p>${fonts('带宽上限：')}${fonts('5 Mbps')}</p>`)?.publicBandwidthMbps).toBe(5);
    expect(ecs(`<div class="row">${fonts('到期时间：')}${fonts('2027-03-01 23:59:59')}</div>`)?.expiresAt).toBe('2027-03-01');
  });

  // guards: as without the boxes — the label element with a value of its own, a label with a help icon
  it('the same pages without font boxes, and a translated label cell with its help icon, read as before', () => {
    expect(cvm(`<p>到期时间：2027-03-01 23:59:59</p>`)?.expiresAt).toBe('2027-03-01');
    expect(cvm(teaItem(fonts('到期时间'), fonts('2027-03-01 23:59:59')))?.expiresAt).toBe('2027-03-01');
    expect(cvm(teaItem(`${fonts('带宽上限')}<i class="help-icon" title="帮助"></i>`, fonts('5 Mbps')))?.publicBandwidthMbps).toBe(5);
  });
});

describe('a word after a date that labels the date after it is not about the first (tencent/values.ts dateNextTo)', () => {
  it('2026-01-05 10:00:00（到期时间 2027-01-05 10:00:00）expires 2027-01-05, not 2026-01-05 (invented since a bracket before the word was skipped)', () => {
    expect(expiryInText('2026-01-05 10:00:00（到期时间 2027-01-05 10:00:00）')).toBe('2027-01-05');
    expect(expiryInText('2026-01-05 10:00:00 (Expires 2027-01-05)')).toBe('2027-01-05');
    expect(expiryInText('2026-01-05（到期 2027-01-05）')).toBe('2027-01-05');
  });

  // guards: the bracketed word about its own date (the gap's case), a relative phrase, a word with figures of no date
  it('2027-03-01 23:59:59 UTC+0 (expires), 2027-03-01（到期）and 2027-03-01（到期后 7 天释放）are still expiries', () => {
    expect(expiryInText('2027-03-01 23:59:59 UTC+0 (expires)')).toBe('2027-03-02');
    expect(expiryInText('2027-03-01（到期）')).toBe('2027-03-01');
    expect(expiryInText('2027-03-01 23:59:59（到期后 7 天释放）')).toBe('2027-03-01');
    // a list cell's lines, each date with its word after it: the word is the first date's (as before the session)
    for (const v of ['2027-03-01 23:59:59到期 2026-03-01 10:00:00创建', '2027-03-01 到期\n2026-03-01 创建', '2026-03-01 10:00:00创建 2027-03-01 23:59:59到期']) {
      expect(expiryInText(v), v).toBe('2027-03-01');
      expect(creationInText(v), v).toBe('2026-03-01');
    }
    expect(creationInText('2026-01-05（创建） 2027-01-05（到期）')).toBe('2026-01-05');
    expect(expiryInText('2026-01-05（创建） 2027-01-05（到期）')).toBe('2027-01-05');
  });
});

describe('a bare "M" figure set side by side with a bandwidth figure is a memory size, no second bandwidth (dom/parse-bandwidth.ts)', () => {
  it('512M 1Mbps (a spec cell, the cores in another column) is 1 (lost since figures joined by a space were made a pair)', () => {
    expect(parseBandwidth('512M 1Mbps')).toBe(1);
    expect(parseBandwidth('1Mbps 512M')).toBe(1);
    expect(cvm(teaItem('带宽上限', '<span>512M</span> <span>1Mbps</span>'))?.publicBandwidthMbps).toBe(1);
    expect(ecs(infoRow('公网带宽', '<div>512M</div><div>1Mbps</div>'))?.publicBandwidthMbps).toBe(1);
  });

  it('1核、512M、1Mbps and 1核、512M、1M (a spec listed with 、) are 1: the memory after the cores is no partner (lost since 、 joins a pair)', () => {
    expect(parseBandwidth('1核、512M、1Mbps')).toBe(1);
    expect(parseBandwidth('1核、512M、1M')).toBe(1);
    expect(parseBandwidth('1 vCPU、512M、1Mbps')).toBe(1);
    expect(parseBandwidth('1核，512M，1M')).toBe(1);
    expect(parseBandwidth('1核/512M/1M')).toBe(1);
  });

  // guards: a pair of like figures, a pair labelled by direction (either unit), a slash pair
  it('5M 10M, 100 Mbps 5 Mbps and 5M/10Mbps stay no one bandwidth; labelled in and out, the outbound one', () => {
    expect(parseBandwidth('5M 10M')).toBeUndefined();
    expect(parseBandwidth('100 Mbps 5 Mbps')).toBeUndefined();
    expect(parseBandwidth('5M/10Mbps')).toBeUndefined();
    expect(parseBandwidth('5M、10Mbps')).toBeUndefined();
    expect(parseBandwidth('入 100M 出 5Mbps')).toBe(5);
    expect(parseBandwidth('出 5M 入 100Mbps')).toBe(5);
    expect(parseBandwidth('1核 512M 1Mbps')).toBe(1);
  });
});

describe('a negative text-indent moves the first line of a block, never the text of an inline box (dom/visibility.ts indentedOut)', () => {
  it('<span style="text-indent:-9999px">5 Mbps</span> (an inline box: text-indent does not apply) is shown (lost since far indents hide)', () => {
    expect(cvm(teaItem('带宽上限', '<span style="text-indent: -9999px">5 Mbps</span>'))?.publicBandwidthMbps).toBe(5);
    expect(read(cvmDetail(teaItem('带宽上限', '<span class="ir">5 Mbps</span>')), cvmUrl, '', '.ir { text-indent: -999em }')?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });

  // guards: the image-replaced icon (an inline-block) and a block indented out stay hidden
  it('an inline-block (the image-replaced icon) or a block indented out is not shown', () => {
    expect(cvm(teaItem('带宽上限', '<i style="display: inline-block; width: 16px; overflow: hidden; text-indent: -9999px">12 Mbps</i> 5 Mbps'))?.publicBandwidthMbps).toBe(5);
    expect(cvm(teaItem('带宽上限', '<div style="text-indent: -9999px">12 Mbps</div><div>5 Mbps</div>'))?.publicBandwidthMbps).toBe(5);
  });
});

describe('a bullet between the parts of a name is its separator (间隔号), no mask (shared/text-values.ts registrantNameOf)', () => {
  const domainUrl = 'https://console.cloud.tencent.com/domain/info/maimaiti.net';
  const owner = (v: string) =>
    read(`<div class="tea-card"><div class="tea-card__body"><div class="tea-form">${teaItem('域名', 'maimaiti.net')}${teaItem('域名所有者', v)}${teaItem('证件类型', '身份证')}</div></div></div>`, domainUrl)?.facts.domains?.[0]?.registrantName;

  it('买买提•艾力 (a minority or foreign name written with a bullet for its 间隔号) is the name (lost since masked names give none)', () => {
    expect(registrantNameOf('买买提•艾力')).toBe('买买提•艾力');
    expect(registrantNameOf('阿卜杜拉•买买提•艾力')).toBe('阿卜杜拉•买买提•艾力');
    expect(owner('买买提•艾力')).toBe('买买提•艾力');
  });

  // guards: masks still give none — asterisks, black circles, bullets in a run or at an end
  it('宋**, 宋*禾, 宋●禾, 宋••, •禾 and S*** Qinghe give none', () => {
    for (const w of ['宋**', '宋*禾', '宋●禾', '宋●●', '宋••', '•禾', '宋•', 'S*** Qinghe', '买买提••艾力']) expect(registrantNameOf(w), w).toBeUndefined();
    expect(owner('宋••')).toBeUndefined();
  });
});
