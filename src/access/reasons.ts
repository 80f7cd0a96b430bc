/**
 * Every reason an access entry can give, with what it means. The codes are stable (JSON output, diffs, the JSON
 * Schema's enum); the text of each reason names the API, application and values involved.
 */
const REASONS = {
  'policy-allow-all': "The API's policy for this subject type is allow_all, written in the data: first-party applications need no grant.",
  'policy-allow-all-default': "The API does not set this policy, so Auth0's default allow_all applies: first-party applications need no grant.",
  'policy-require-client-grant':
    "The API's policy is require_client_grant, written in the data: only applications with a grant get tokens, with the grant's scopes at most.",
  'policy-require-client-grant-default': "The API does not set this policy, so Auth0's default require_client_grant applies.",
  'policy-deny-all': "The API's policy is deny_all: no application gets a token for this subject type, whatever its grants say.",
  'policy-unknown':
    'The data does not hold the policy (exports drop it for system APIs) and Auth0 documents no default: the entry assumes the grant is honoured.',
  'first-party': 'The application is first-party (is_first_party is not false).',
  'grant-not-required':
    'The policy lets every first-party application in without a grant; Auth0 does not document the grant as a limit, so the scopes are all.',
  'third-party-needs-grant': 'Third-party applications need a grant even when the policy is allow_all.',
  grant: 'A client grant names the scopes the application may request.',
  'grant-all-scopes': 'The grant sets allow_all_scopes: every scope the API defines, including scopes added later.',
  'default-grant': 'A default_for third_party_clients grant covers every third-party application without a grant of its own for this API.',
  'client-missing': 'The grant names an application that is not in the data, so no application can use it.',
  'api-missing': "The grant's audience is no API in the data: Auth0 issues no token for an audience it does not know (or the export left the API out).",
  'unresolved-marker': "The grant's application or audience is an unresolved keyword marker: what it points at is unknown.",
  'client-credentials': 'The application can use the client credentials flow.',
  'public-client': "The application is public (it runs on users' devices and cannot keep a secret), so it cannot use the client credentials flow.",
  'no-client-credentials': "The application's grant_types does not include client_credentials.",
  'user-flow': 'The application has a grant type that signs users in.',
  'no-user-flow': "The application's grant_types holds no flow that signs users in.",
  'machine-app-no-user-flow': 'The application is machine-to-machine (app_type non_interactive) without a user flow: it has no users.',
  'grant-types-unstated': 'The application does not state grant_types, so Auth0 applies its app-type defaults; the entry assumes the flow is available.',
  'third-party-system-api': 'Third-party applications cannot be granted access to Auth0 system APIs.',
  'default-grant-system-api': 'Auth0 system APIs do not support default_for grants.',
  'management-api-user-scopes': 'User tokens for the Auth0 Management API carry at most its *:current_user* scopes.',
} as const;

export type ReasonCode = keyof typeof REASONS;

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];
