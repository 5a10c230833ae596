import type { Reader } from '../types';
import { beianAuthcodeReader } from './beian-authcode';
import { beianFormReader } from './beian-form';
import { cvmInstanceDetailReader } from './cvm-instance-detail';
import { cvmInstanceListReader } from './cvm-instance-list';
import { tencentDomainInfoReader } from './domain-info';
import { tencentDomainListReader } from './domain-list';
import { lighthouseInstanceDetailReader } from './lighthouse-instance-detail';
import { lighthouseInstanceListReader } from './lighthouse-instance-list';

/**
 * The Tencent Cloud readers, in the order readPage tries them. Each matches its own path on the
 * Tencent console hosts (console.cloud.tencent.com, console.tencentcloud.com) and answers only when
 * the page's structure is its page (a list reader needs its grid, a detail reader its fields).
 */
export const tencentReaders: Reader[] = [
  cvmInstanceListReader,
  cvmInstanceDetailReader,
  lighthouseInstanceListReader,
  lighthouseInstanceDetailReader,
  tencentDomainListReader,
  tencentDomainInfoReader,
  beianAuthcodeReader,
  beianFormReader,
];
