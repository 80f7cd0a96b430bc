/**
 * Applications the OAuth hardening rules (PAR, JAR, sender constraining, back-channel logout) must not judge, shared
 * by their tests: clients that sign users in over SAML or WS-Federation, and clients whose confidentiality or grant
 * types a0lint cannot know.
 */
export const FEDERATION_CLIENTS = [
  {
    name: 'an SSO integration signs users in over WS-Federation, not OAuth',
    code:
      'clients:\n  - name: Office 365\n    app_type: office365\n    addons:\n      office365:\n        domain: example.com\n' +
      '    grant_types: [authorization_code, implicit, refresh_token, client_credentials]\n',
  },
  {
    name: 'a web app that is a SAML identity provider for a service',
    code: 'clients:\n  - name: Wiki\n    app_type: regular_web\n    addons:\n      samlp:\n        audience: urn:wiki\n    grant_types: [authorization_code]\n',
  },
];

export const UNDECIDED_CONFIDENTIAL_CLIENTS = [
  {
    name: 'an authentication method a0lint cannot know may make the app public',
    code: "clients:\n  - name: a\n    app_type: regular_web\n    token_endpoint_auth_method: '##AUTH_METHOD##'\n    grant_types: [authorization_code]\n",
  },
  {
    name: 'grant types a0lint cannot know are not the app type defaults',
    code: "clients:\n  - name: a\n    app_type: regular_web\n    grant_types: '@@GRANT_TYPES@@'\n",
  },
];
