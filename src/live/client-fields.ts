/**
 * The client fields a live audit asks for (`GET /api/v2/clients?fields=...&include_fields=true`): what the rules
 * read, and nothing that holds a secret. A rule that starts reading another client field adds it here.
 */
export const CLIENT_FIELDS: readonly string[] = [
  'client_id',
  'name',
  'description',
  'app_type',
  'is_first_party',
  'oidc_conformant',
  'grant_types',
  'token_endpoint_auth_method',
  'callbacks',
  'allowed_origins',
  'web_origins',
  'allowed_logout_urls',
  'allowed_clients',
  'initiate_login_uri',
  'cross_origin_authentication',
  'jwt_configuration',
  'refresh_token',
  'organization_usage',
  'third_party_security_mode',
  'require_pushed_authorization_requests',
  'require_proof_of_possession',
  'signed_request_object',
  'compliance_level',
  'oidc_logout',
  // Reduced on receipt to which SAML / WS-Fed addons exist: other addons hold credentials (Firebase, Azure, ...).
  'addons',
  'sso_disabled',
  'resource_server_identifier',
];

/** Never kept from a response, even when the credentials could read them (read:client_keys) or a proxy adds them. */
export const SECRET_FIELDS = {
  clients: ['client_secret', 'signing_keys', 'encryption_key', 'client_authentication_methods'],
  resourceServers: ['signing_secret'],
  clientGrants: [] as string[],
} as const;
