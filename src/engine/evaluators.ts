import * as domain from './rules-domain';
import * as filing from './rules-filing';
import * as server from './rules-server';
import * as service from './rules-service';
import type { Evaluator } from './rules-domain';

/** Rule id (RULES.md) → its evaluator. A meta-test checks this matches rules/catalogue.json. */
export const evaluators: Record<string, Evaluator> = {
  'domain.tld-approved': domain.tldApproved,
  'domain.registrable': domain.registrable,
  'domain.registrar-approved': domain.registrarApproved,
  'domain.not-expired': domain.notExpired,
  'domain.expiring-soon': domain.expiringSoon,
  'domain.real-name-verified': domain.realNameVerified,
  'domain.registrant-matches-entity': domain.registrantMatchesEntity,
  'domain.hold-status': domain.holdStatus,
  'domain.resolving-during-filing': domain.resolvingDuringFiling,
  'server.mainland-region': server.mainlandRegion,
  'server.subscription-billing': server.subscriptionBilling,
  'server.subscription-length': server.subscriptionLength,
  'server.public-bandwidth': server.publicBandwidth,
  'server.service-number-quota': server.serviceNumberQuota,
  'server.service-number-authorized': server.serviceNumberAuthorized,
  'filing.province-domain-limit': filing.provinceDomainLimit,
  'filing.organization-cross-province': filing.organizationCrossProvince,
  'filing.individual-cross-province': filing.individualCrossProvince,
  'filing.one-entity-per-account': filing.oneEntityPerAccount,
  'filing.individual-commercial-content': filing.individualCommercialContent,
  'filing.pre-approval': filing.preApproval,
  'filing.website-name': filing.websiteName,
  'filing.phone-province': filing.phoneProvince,
  'filing.sms-verification': filing.smsVerification,
  'filing.commercial-license': filing.commercialLicense,
  'after.psb-filing': filing.afterApprovalReminder,
  'after.footer-number': filing.footerNumber,
  'service.cdn-origin-provider': service.cdnOriginProvider,
  'service.oss-custom-domain': service.ossCustomDomain,
  // seed 005 (Tencent Cloud) and the provincial columns of provinces.md
  'domain.real-name-age': domain.realNameAge,
  'domain.min-validity': domain.minValidity,
  'filing.websites-per-order': filing.websitesPerOrder,
  'filing.account-matches-entity': filing.accountMatchesEntity,
  'server.authorization-code': server.authorizationCode,
};
