/**
 * The types the Auth0 Management API takes for the fields a0lint reads, as its published schema states them (the
 * auth0 SDK 6.x request types, generated from it: `CreateClientRequestContent`, `CreateResourceServerRequestContent`,
 * `CreateClientGrantRequestContent`, and its enums `ClientAppTypeEnum`, `ClientTokenEndpointAuthMethodEnum`,
 * `SigningAlgorithmEnum`, `ClientGrantSubjectTypeEnum`). deploy-cli's own handler schemas are looser (`app_type` is
 * any string there, `grant_types` unchecked), so they are not the source. A test keeps the enums equal to the SDK's.
 */
export interface FieldType {
  readonly type: 'string' | 'boolean' | 'number' | 'object' | 'array';
  /** For arrays: the type of each item. */
  readonly items?: 'string' | 'object';
  readonly enum?: readonly string[];
}

const strings: FieldType = { type: 'array', items: 'string' };

/**
 * Application types of Auth0's SSO integrations (Office 365, AD RMS, Box, Salesforce, ...): services that sign users in
 * over SAML or WS-Federation, not OAuth.
 */
export const SSO_INTEGRATION_APP_TYPES = [
  'rms',
  'box',
  'cloudbees',
  'concur',
  'dropbox',
  'mscrm',
  'echosign',
  'egnyte',
  'newrelic',
  'office365',
  'salesforce',
  'sentry',
  'sharepoint',
  'slack',
  'springcm',
  'zendesk',
  'zoom',
  'sso_integration',
  'oag',
];

export const APP_TYPES = ['native', 'spa', 'regular_web', 'non_interactive', 'resource_server', 'express_configuration', ...SSO_INTEGRATION_APP_TYPES];
export const TOKEN_ENDPOINT_AUTH_METHODS = ['none', 'client_secret_post', 'client_secret_basic'];
export const SIGNING_ALGORITHMS = ['HS256', 'RS256', 'RS512', 'PS256'];
export const GRANT_SUBJECT_TYPES = ['client', 'user', 'anonymous_user'];

export const FIELD_TYPES: Readonly<Record<'client' | 'resourceServer' | 'clientGrant', Readonly<Record<string, FieldType>>>> = {
  client: {
    name: { type: 'string' },
    app_type: { type: 'string', enum: APP_TYPES },
    grant_types: strings,
    token_endpoint_auth_method: { type: 'string', enum: TOKEN_ENDPOINT_AUTH_METHODS },
    is_first_party: { type: 'boolean' },
    oidc_conformant: { type: 'boolean' },
    callbacks: strings,
    allowed_origins: strings,
    web_origins: strings,
    allowed_logout_urls: strings,
    initiate_login_uri: { type: 'string' },
    refresh_token: { type: 'object' },
    jwt_configuration: { type: 'object' },
  },
  resourceServer: {
    name: { type: 'string' },
    identifier: { type: 'string' },
    scopes: { type: 'array', items: 'object' },
    signing_alg: { type: 'string', enum: SIGNING_ALGORITHMS },
    token_lifetime: { type: 'number' },
    token_lifetime_for_web: { type: 'number' },
    allow_offline_access: { type: 'boolean' },
    subject_type_authorization: { type: 'object' },
  },
  clientGrant: {
    client_id: { type: 'string' },
    audience: { type: 'string' },
    scope: strings,
    subject_type: { type: 'string', enum: GRANT_SUBJECT_TYPES },
    allow_all_scopes: { type: 'boolean' },
    default_for: { type: 'string', enum: ['third_party_clients'] },
  },
};
