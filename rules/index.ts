import type { AnyRule } from '../src/engine/rule.js';
import auditCredentialsReadOnly from './audit-credentials-read-only/index.js';
import confidentialClientAuth from './confidential-client-auth/index.js';
import explicitAccessPolicy from './explicit-access-policy/index.js';
import grantMatchesAppType from './grant-matches-app-type/index.js';
import grantScopesDefined from './grant-scopes-defined/index.js';
import limitTokenLifetime from './limit-token-lifetime/index.js';
import managementApiLeastPrivilege from './management-api-least-privilege/index.js';
import managementApiUserAccess from './management-api-user-access/index.js';
import noAllowAllScopes from './no-allow-all-scopes/index.js';
import noClientGrantsOnDenyAll from './no-client-grants-on-deny-all/index.js';
import noDanglingClientGrants from './no-dangling-client-grants/index.js';
import noDuplicateClientGrants from './no-duplicate-client-grants/index.js';
import noImplicitGrant from './no-implicit-grant/index.js';
import noLocalhostUrls from './no-localhost-urls/index.js';
import noPasswordGrant from './no-password-grant/index.js';
import noSecretsInConfig from './no-secrets-in-config/index.js';
import noSymmetricSigning from './no-symmetric-signing/index.js';
import noThirdPartySystemApiGrants from './no-third-party-system-api-grants/index.js';
import noUnresolvedKeywords from './no-unresolved-keywords/index.js';
import preferRequireClientGrant from './prefer-require-client-grant/index.js';
import requireRefreshTokenRotation from './require-refresh-token-rotation/index.js';
import secureRedirectUrls from './secure-redirect-urls/index.js';
import terraformUnknownValues from './terraform-unknown-values/index.js';
import validAccessPolicy from './valid-access-policy/index.js';
import validFieldTypes from './valid-field-types/index.js';
import noOpenDynamicClientRegistration from './no-open-dynamic-client-registration/index.js';
import noLegacyTenantFlags from './no-legacy-tenant-flags/index.js';
import noDisabledClickjackProtection from './no-disabled-clickjack-protection/index.js';
import limitSessionLifetime from './limit-session-lifetime/index.js';
import noDefaultAudience from './no-default-audience/index.js';
import requireBruteForceProtection from './require-brute-force-protection/index.js';
import requireBreachedPasswordDetection from './require-breached-password-detection/index.js';
import requireSuspiciousIpThrottling from './require-suspicious-ip-throttling/index.js';
import requireMfa from './require-mfa/index.js';
import strongPasswordPolicy from './strong-password-policy/index.js';
import noSecretsInCode from './no-secrets-in-code/index.js';
import supportedActionRuntime from './supported-action-runtime/index.js';
import noLegacyRulesAndHooks from './no-legacy-rules-and-hooks/index.js';
import requireEmailProvider from './require-email-provider/index.js';
import requireLogStreams from './require-log-streams/index.js';
import safeErrorPage from './safe-error-page/index.js';
import requireOidcConformant from './require-oidc-conformant/index.js';
import noCrossOriginAuthentication from './no-cross-origin-authentication/index.js';
import thirdPartyStrictSecurity from './third-party-strict-security/index.js';
import noManagementApiRefreshPolicies from './no-management-api-refresh-policies/index.js';
import requireSupportContact from './require-support-contact/index.js';
import secureTenantUrls from './secure-tenant-urls/index.js';
import supportedTenantRuntime from './supported-tenant-runtime/index.js';
import noExternalUserStore from './no-external-user-store/index.js';
import noDomainLevelConnections from './no-domain-level-connections/index.js';
import preferPasskeys from './prefer-passkeys/index.js';
import verifyEmailAtSignup from './verify-email-at-signup/index.js';
import requireBotDetection from './require-bot-detection/index.js';
import noDisabledSecurityEmails from './no-disabled-security-emails/index.js';
import requirePushedAuthorizationRequests from './require-pushed-authorization-requests/index.js';
import requireSignedAuthorizationRequests from './require-signed-authorization-requests/index.js';
import requireSenderConstraining from './require-sender-constraining/index.js';
import requireBackchannelLogout from './require-backchannel-logout/index.js';
import requireCustomDomain from './require-custom-domain/index.js';
import blockCanonicalDomain from './block-canonical-domain/index.js';
import requireNetworkAcls from './require-network-acls/index.js';
import requirePkceEnforcement from './require-pkce-enforcement/index.js';
import requirePasswordResetMfa from './require-password-reset-mfa/index.js';

/** Every built-in rule, in the order --list-rules and the docs table show them. */
export const builtinRules: readonly AnyRule[] = [
  preferRequireClientGrant,
  managementApiUserAccess,
  noClientGrantsOnDenyAll,
  validAccessPolicy,
  validFieldTypes,
  explicitAccessPolicy,
  noDanglingClientGrants,
  grantScopesDefined,
  noDuplicateClientGrants,
  grantMatchesAppType,
  managementApiLeastPrivilege,
  noThirdPartySystemApiGrants,
  noAllowAllScopes,
  noPasswordGrant,
  noImplicitGrant,
  requireRefreshTokenRotation,
  confidentialClientAuth,
  secureRedirectUrls,
  noLocalhostUrls,
  noSymmetricSigning,
  limitTokenLifetime,
  noSecretsInConfig,
  noUnresolvedKeywords,
  terraformUnknownValues,
  auditCredentialsReadOnly,
  noOpenDynamicClientRegistration,
  noLegacyTenantFlags,
  noDisabledClickjackProtection,
  limitSessionLifetime,
  noDefaultAudience,
  requireSupportContact,
  secureTenantUrls,
  requireBruteForceProtection,
  requireBreachedPasswordDetection,
  requireSuspiciousIpThrottling,
  requireBotDetection,
  requireMfa,
  strongPasswordPolicy,
  noExternalUserStore,
  noDomainLevelConnections,
  preferPasskeys,
  verifyEmailAtSignup,
  noSecretsInCode,
  supportedActionRuntime,
  supportedTenantRuntime,
  noLegacyRulesAndHooks,
  requireEmailProvider,
  noDisabledSecurityEmails,
  requireLogStreams,
  safeErrorPage,
  requireOidcConformant,
  noCrossOriginAuthentication,
  thirdPartyStrictSecurity,
  noManagementApiRefreshPolicies,
  requirePushedAuthorizationRequests,
  requireSignedAuthorizationRequests,
  requireSenderConstraining,
  requireBackchannelLogout,
  requireCustomDomain,
  blockCanonicalDomain,
  requireNetworkAcls,
  requirePkceEnforcement,
  requirePasswordResetMfa,
];
