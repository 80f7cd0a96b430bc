/**
 * The rest of a tenant, beyond APIs, applications and grants: what a deploy-cli export of a whole tenant reads, in
 * the Management API's response shapes. Values are fake; a few are deliberately careless (a literal connection
 * secret, a literal SMTP password, keyword markers) so that reading every section shows in the findings.
 */
import type { FakeResource, FakeTenant } from './tenant.js';

export const WHOLE_TENANT_SCOPES = [
  'read:resource_servers',
  'read:clients',
  'read:client_grants',
  'read:tenant_settings',
  'read:connections',
  'read:email_provider',
  'read:email_templates',
  'read:actions',
  'read:rules',
  'read:hooks',
  'read:log_streams',
  'read:attack_protection',
  'read:guardian_factors',
  'read:mfa_policies',
  'read:custom_domains',
  'read:network_acls',
  'read:event_streams',
  'read:branding',
  'read:rules_configs',
  'read:prompts',
  'read:forms',
  'read:flows',
  'read:flows_vault_connections',
];

const one = (scope: string, body: unknown): FakeResource => ({ scope, body });
const list = (scope: string, key: string, body: unknown[], alwaysTotals = false): FakeResource => ({ scope, list: key, body, alwaysTotals });

/** Adds the other sections to a tenant made by makeTenant (its first non-audit client is enabled on connections). */
export function withWholeTenant(tenant: FakeTenant): FakeTenant {
  const appId = tenant.clients[1]!.client_id as string;
  const resources: Record<string, FakeResource> = {
    '/api/v2/tenants/settings': one('read:tenant_settings', {
      friendly_name: 'Fake Shop',
      support_email: 'support@example.com',
      session_lifetime: 168,
      idle_session_lifetime: 72,
      default_audience: '',
      enabled_locales: ['en'],
      flags: { enable_client_connections: false, disable_clickjack_protection_headers: false, enable_public_signup_user_exists_error: true },
      sandbox_version: '22',
    }),
    '/api/v2/connections': list('read:connections', 'connections', [
      {
        id: 'con_db0000000000001',
        name: 'Username-Password-Authentication',
        strategy: 'auth0',
        enabled_clients: [appId],
        realms: ['Username-Password-Authentication'],
        is_domain_connection: false,
        options: {
          mfa: { active: true, return_enroll_settings: true },
          passwordPolicy: 'good',
          password_history: { size: 5, enable: true },
          password_dictionary: { enable: true, dictionary: [] },
          brute_force_protection: true,
          enabledDatabaseCustomization: true,
          customScripts: {
            login: 'function login(email, password, callback) {\n  // ##LEGACY_DB_URL## is filled in at deploy time\n  callback(null);\n}\n',
            get_user: 'function getByEmail(email, callback) {\n  callback(null);\n}\n',
          },
        },
      },
      {
        id: 'con_gh0000000000001',
        name: 'github',
        strategy: 'github',
        enabled_clients: [appId],
        is_domain_connection: false,
        options: { client_id: 'Iv1.fakeclientid', client_secret: 'fake-github-connection-secret', scope: ['read:user'] },
      },
    ]),
    '/api/v2/emails/provider': one('read:email_provider', {
      name: 'smtp',
      enabled: true,
      default_from_address: 'no-reply@example.com',
      credentials: { smtp_host: 'smtp.example.com', smtp_port: 587, smtp_user: 'mailer', smtp_pass: 'fake-smtp-password' },
    }),
    '/api/v2/email-templates/verify_email': one('read:email_templates', {
      template: 'verify_email',
      from: 'no-reply@example.com',
      subject: 'Verify your email',
      syntax: 'liquid',
      resultUrl: 'https://shop.example.com/verified',
      urlLifetimeInSeconds: 432000,
      enabled: true,
      body: '<html><body>Hello {{ user.name }}, <a href="{{ url }}">verify</a>.</body></html>\n',
    }),
    '/api/v2/actions/actions': list(
      'read:actions',
      'actions',
      [
        {
          id: 'act_00000000000001',
          name: 'Add roles',
          supported_triggers: [{ id: 'post-login', version: 'v3' }],
          code: "exports.onExecutePostLogin = async (event, api) => {\n  api.idToken.setCustomClaim('https://example.com/roles', event.authorization?.roles);\n};\n",
          dependencies: [],
          runtime: 'node18',
          secrets: [{ name: 'API_TOKEN', updated_at: '2026-01-01T00:00:00.000Z' }],
          deployed_version: { id: 'ver_1', number: 1, deployed: true, status: 'built' },
          status: 'built',
          all_changes_deployed: true,
        },
      ],
      true,
    ),
    '/api/v2/actions/triggers': one('read:actions', { triggers: [{ id: 'post-login', version: 'v3', status: 'CURRENT' }] }),
    '/api/v2/actions/triggers/post-login/bindings': list(
      'read:actions',
      'bindings',
      [{ id: 'bnd_1', trigger_id: 'post-login', display_name: 'Add roles', action: { id: 'act_00000000000001', name: 'Add roles' } }],
      true,
    ),
    '/api/v2/rules': list('read:rules', 'rules', [
      {
        id: 'rul_000000000000001',
        name: 'Legacy claims',
        enabled: false,
        order: 1,
        stage: 'login_success',
        script: 'function (user, context, callback) {\n  callback(null, user, context);\n}\n',
      },
    ]),
    '/api/v2/rules-configs': one('read:rules_configs', [{ key: 'SLACK_WEBHOOK' }]),
    '/api/v2/hooks': list('read:hooks', 'hooks', []),
    '/api/v2/log-streams': one('read:log_streams', [
      { id: 'lst_0000000000000001', name: 'Datadog', type: 'datadog', status: 'active', sink: { datadogRegion: 'eu', datadogApiKey: 'fake-datadog-key' } },
    ]),
    '/api/v2/attack-protection/brute-force-protection': one('read:attack_protection', {
      enabled: true,
      shields: ['block', 'user_notification'],
      mode: 'count_per_identifier_and_ip',
      allowlist: [],
      max_attempts: 10,
    }),
    '/api/v2/attack-protection/breached-password-detection': one('read:attack_protection', {
      enabled: false,
      shields: [],
      admin_notification_frequency: [],
      method: 'standard',
      stage: { 'pre-user-registration': { shields: [] }, 'pre-change-password': { shields: [] } },
    }),
    '/api/v2/attack-protection/suspicious-ip-throttling': one('read:attack_protection', {
      enabled: true,
      shields: ['admin_notification', 'block'],
      allowlist: [],
      stage: { 'pre-login': { max_attempts: 100, rate: 864000 }, 'pre-user-registration': { max_attempts: 50, rate: 1200 } },
    }),
    '/api/v2/attack-protection/bot-detection': one('read:attack_protection', {
      bot_detection_level: 'medium',
      challenge_password_policy: 'when_risky',
      challenge_passwordless_policy: 'when_risky',
      challenge_password_reset_policy: 'always',
      allowlist: [],
      monitoring_mode_enabled: false,
    }),
    // Auth0 returns the providers' secrets; deploy-cli writes its own ##CAPTCHA_…## markers in their place.
    '/api/v2/attack-protection/captcha': one('read:attack_protection', {
      active_provider_id: 'recaptcha_v2',
      recaptcha_v2: { site_key: 'fake-recaptcha-site-key', secret: 'fake-recaptcha-secret' },
      hcaptcha: { site_key: '', secret: '' },
    }),
    '/api/v2/guardian/factors': one('read:guardian_factors', [
      { name: 'otp', enabled: true, trial_expired: false },
      { name: 'sms', enabled: false, trial_expired: false },
      { name: 'webauthn-roaming', enabled: true, trial_expired: false },
    ]),
    '/api/v2/guardian/policies': one('read:mfa_policies', ['all-applications']),
    '/api/v2/custom-domains': one('read:custom_domains', [
      {
        custom_domain_id: 'cd_0000000000000001',
        domain: 'login.example.com',
        primary: true,
        status: 'ready',
        type: 'auth0_managed_certs',
        tls_policy: 'recommended',
      },
    ]),
    // One entry, so that deploy-cli exports the section (it writes nothing for an empty list): the Management API
    // only from the office, which require-network-acls accepts.
    '/api/v2/network-acls': list('read:network_acls', 'network_acls', [
      {
        id: 'acl_0000000000000001',
        description: 'Management API from the office only',
        active: true,
        priority: 1,
        rule: { scope: 'management', action: { block: true }, not_match: { ipv4_cidrs: ['203.0.113.0/24'] } },
      },
    ]),
    // Served in checkpoint pages only ({eventStreams, next}); deploy-cli masks the webhook credential on export.
    '/api/v2/event-streams': list('read:event_streams', 'eventStreams', [
      {
        id: 'est_0000000000000001',
        name: 'user-events',
        status: 'enabled',
        subscriptions: [{ event_type: 'user.created' }, { event_type: 'user.deleted' }],
        destination: {
          type: 'webhook',
          configuration: { webhook_endpoint: 'https://hooks.example.com/auth0', webhook_authorization: { method: 'bearer', token: 'fake-event-stream-token' } },
        },
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      },
    ]),
    // Forms and flows: listed, then read one by one. The flow's HTTP step carries a literal API key, carelessly.
    '/api/v2/forms': list('read:forms', 'forms', [{ id: 'ap_form0000000001', name: 'Progressive profile' }]),
    '/api/v2/forms/ap_form0000000001': one('read:forms', {
      id: 'ap_form0000000001',
      name: 'Progressive profile',
      languages: { primary: 'en' },
      nodes: [
        {
          id: 'step_1',
          type: 'STEP',
          coordinates: { x: 0, y: 0 },
          alias: 'Profile',
          config: { components: [{ id: 'company', category: 'FIELD', type: 'TEXT', required: true }], next_node: '$ending' },
        },
      ],
      start: { next_node: 'step_1', coordinates: { x: 0, y: 0 } },
      ending: { resume_flow: true, coordinates: { x: 500, y: 0 } },
    }),
    '/api/v2/flows': list('read:flows', 'flows', [{ id: 'af_flow0000000001', name: 'Sync to CRM' }]),
    '/api/v2/flows/af_flow0000000001': one('read:flows', {
      id: 'af_flow0000000001',
      name: 'Sync to CRM',
      actions: [
        {
          id: 'send_to_crm',
          type: 'HTTP',
          action: 'SEND_REQUEST',
          allow_failure: false,
          params: { url: 'https://crm.example.com/contacts', method: 'POST', body: { api_key: 'crm-live-3f9a7c1e5b2d8f40', email: '{{context.user.email}}' } },
        },
      ],
    }),
    '/api/v2/flows/vault/connections': list('read:flows_vault_connections', 'connections', []),
    // Prompt settings; partials (a Liquid template) for the login prompt only.
    '/api/v2/prompts': one('read:prompts', { universal_login_experience: 'new', identifier_first: true, webauthn_platform_first_factor: false }),
    '/api/v2/branding': one('read:branding', { colors: { primary: '#0059d6', page_background: '#000000' }, logo_url: 'https://example.com/logo.png' }),
  };
  // The tenant's global client holds the custom login page; deploy-cli needs it to export pages.
  const global = {
    client_id: 'GLOBAL00000000000000000000000000',
    name: 'All Applications',
    global: true,
    custom_login_page_on: true,
    custom_login_page: '<!DOCTYPE html>\n<html><body>Login for {{ config.dict.signin.title }}</body></html>\n',
  };
  for (const connection of resources['/api/v2/connections']!.body as Array<{ id: string; enabled_clients: string[] }>) {
    resources[`/api/v2/connections/${connection.id}/clients`] = list(
      'read:connections',
      'clients',
      connection.enabled_clients.map((client_id) => ({ client_id })),
    );
  }
  return { ...tenant, clients: [...tenant.clients, global], resources, resourceFor: promptResource };
}

/** Every prompt's custom text (none set) and partials (only the login prompt's), as the prompts API serves them. */
function promptResource(path: string): FakeResource | undefined {
  if (/^\/api\/v2\/prompts\/[a-z-]+\/custom-text\/[a-z-]+$/i.test(path)) return one('read:prompts', {});
  const partials = /^\/api\/v2\/prompts\/([a-z-]+)\/partials$/.exec(path);
  if (!partials) return undefined;
  if (partials[1] !== 'login') return one('read:prompts', {});
  // No trailing line break: deploy-cli trims the templates it reads from a directory export, not those inline in YAML.
  return one('read:prompts', { login: { 'form-content-start': '<div class="notice">Signing in to {{ application.name }}, ##LOGIN_NOTICE##</div>' } });
}
