/**
 * The benchmark tenant's other parts (tenant settings, attack protection, MFA, database connections with their
 * scripts, other connections, email provider and templates, actions with code, rules, hooks, the error page, log
 * streams, custom domains, network ACLs), in every form the generator writes: deploy-cli's YAML (code in the files it
 * names), deploy-cli's directory layout, and the Management API's shapes for a dump. Counts grow with the tenant, as
 * a SaaS tenant's connections and actions do; every value is a pure function of (kind, index).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;

export interface PostureSpec {
  readonly databases: number;
  readonly connections: number;
  readonly actions: number;
  readonly rules: number;
  readonly hooks: number;
  readonly logStreams: number;
  readonly networkAcls: number;
}

export const POSTURE_SIZES: Readonly<Record<string, PostureSpec>> = {
  S: { databases: 2, connections: 5, actions: 10, rules: 3, hooks: 2, logStreams: 2, networkAcls: 2 },
  M: { databases: 5, connections: 20, actions: 60, rules: 10, hooks: 5, logStreams: 3, networkAcls: 5 },
  L: { databases: 10, connections: 60, actions: 200, rules: 25, hooks: 10, logStreams: 4, networkAcls: 10 },
  XL: { databases: 20, connections: 150, actions: 500, rules: 50, hooks: 20, logStreams: 5, networkAcls: 20 },
};

const TRIGGERS = ['post-login', 'credentials-exchange', 'pre-user-registration', 'post-user-registration', 'post-change-password', 'send-phone-message'];
const RUNTIMES = ['node22', 'node22', 'node22', 'node18', 'node16'];
const STRATEGIES = ['google-oauth2', 'samlp', 'oidc', 'waad', 'github', 'okta'];
const SCRIPTS = ['login', 'get_user', 'create', 'verify', 'change_password', 'delete'];
const TEMPLATES = ['verify_email', 'reset_email', 'welcome_email', 'blocked_account', 'enrollment_email', 'user_invitation'];

const actionName = (index: number): string => `${TRIGGERS[index % TRIGGERS.length]} step ${String(index).padStart(4, '0')}`;
const databaseName = (index: number): string => `customers-db-${index}`;
const ruleName = (index: number): string => `legacy-rule-${index}`;
const hookName = (index: number): string => `legacy-hook-${index}`;

/** An action's code: some forty lines, different per action. */
function actionCode(index: number): string {
  const trigger = TRIGGERS[index % TRIGGERS.length]!;
  const handler =
    trigger === 'post-login' ? 'onExecutePostLogin' : trigger === 'credentials-exchange' ? 'onExecuteCredentialsExchange' : 'onExecutePreUserRegistration';
  const lines = [
    `/** ${actionName(index)}: enrich tokens and profiles from the customer directory. */`,
    "const axios = require('axios');",
    '',
    `exports.${handler} = async (event, api) => {`,
    `  const base = 'https://directory-${index % 17}.internal.example-saas.com/v2';`,
    '  const headers = { authorization: `Bearer ${event.secrets.DIRECTORY_TOKEN}` };',
  ];
  for (let step = 0; step < 8; step++) {
    lines.push(
      `  // Step ${step}: look up attribute group ${(index * 7 + step) % 23}.`,
      `  const group${step} = await axios.get(\`\${base}/groups/${(index * 7 + step) % 23}\`, { headers, timeout: ${1000 + step * 250} });`,
      `  if (group${step}.data && group${step}.data.enabled) {`,
      `    api.${trigger === 'post-login' ? 'idToken.setCustomClaim' : 'user.setAppMetadata'}('https://example-saas.com/group_${step}', group${step}.data.name);`,
      '  }',
    );
  }
  lines.push('};', '');
  return lines.join('\n');
}

function databaseScript(index: number, script: string): string {
  return [
    `function ${script === 'get_user' ? 'getByEmail' : script}(${script === 'login' ? 'email, password' : 'user'}, callback) {`,
    `  // ${databaseName(index)}: the legacy customer store, migrated lazily.`,
    "  const request = require('request');",
    `  request.post({ url: 'https://legacy-${index}.internal.example-saas.com/${script}', json: { user: arguments[0] }, auth: { bearer: configuration.LEGACY_TOKEN } }, (error, response, body) => {`,
    '    if (error) return callback(error);',
    '    if (response.statusCode === 404) return callback(null);',
    '    if (response.statusCode !== 200) return callback(new Error(`legacy store answered ${response.statusCode}`));',
    '    callback(null, { user_id: body.id, email: body.email, email_verified: body.verified === true });',
    '  });',
    '}',
    '',
  ].join('\n');
}

const ruleScript = (index: number): string =>
  `function ${ruleName(index).replace(/-/g, '_')}(user, context, callback) {\n  context.idToken['https://example-saas.com/tier'] = user.app_metadata && user.app_metadata.tier;\n  callback(null, user, context);\n}\n`;
const hookScript = (index: number): string =>
  `module.exports = function (client, scope, audience, context, cb) {\n  const access_token = { scope };\n  access_token['https://example-saas.com/hook'] = ${index};\n  cb(null, access_token);\n};\n`;
const ERROR_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Sign-in error</title></head>\n<body><h1>Something went wrong</h1><p>{{ error_description | escape }}</p><p>Tracking id: {{ log_id }}</p></body></html>\n';
const templateBody = (template: string): string =>
  `<html><body><p>Hello {{ user.name }},</p><p>${template.replace(/_/g, ' ')}: <a href="{{ url }}">continue</a>.</p><p>Example SaaS</p></body></html>\n`;

function tenantSettings(): Json {
  return {
    friendly_name: 'Bench SaaS',
    support_email: 'support@example-saas.com',
    enabled_locales: ['en', 'de', 'fr'],
    session_lifetime: 168,
    idle_session_lifetime: 72,
    default_audience: '',
    sandbox_version: '22',
    flags: {
      enable_client_connections: false,
      disable_clickjack_protection_headers: false,
      enable_dynamic_client_registration: false,
      revoke_refresh_token_grant: false,
    },
  };
}

const ATTACK_PROTECTION: Json = {
  bruteForceProtection: { enabled: true, shields: ['block', 'user_notification'], mode: 'count_per_identifier_and_ip', allowlist: [], max_attempts: 10 },
  breachedPasswordDetection: { enabled: true, shields: ['block', 'admin_notification'], admin_notification_frequency: ['daily'], method: 'standard' },
  suspiciousIpThrottling: { enabled: true, shields: ['admin_notification', 'block'], allowlist: ['10.0.0.0/8'] },
  botDetection: { bot_detection_level: 'medium', challenge_password_policy: 'when_risky', challenge_passwordless_policy: 'when_risky', allowlist: [] },
  captcha: { active_provider_id: 'auth0', auth0: {} },
};
const snake = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const GUARDIAN_FACTORS: Json[] = ['sms', 'push-notification', 'otp', 'email', 'duo', 'webauthn-roaming', 'webauthn-platform', 'recovery-code'].map(
  (name, index) => ({
    name,
    enabled: index === 2 || index === 5,
  }),
);

/** A database connection; `scripts` maps each custom script to how the form holds it (a file name or the code). */
function database(index: number, scripts: (script: string) => string): Json {
  return {
    name: databaseName(index),
    strategy: 'auth0',
    enabled_clients: [],
    is_domain_connection: false,
    options: {
      mfa: { active: true, return_enroll_settings: true },
      passwordPolicy: index % 3 === 0 ? 'fair' : 'good',
      password_history: { size: 5, enable: index % 4 !== 0 },
      password_dictionary: { enable: true, dictionary: [] },
      password_no_personal_info: { enable: true },
      password_complexity_options: { min_length: 10 },
      brute_force_protection: true,
      enabledDatabaseCustomization: true,
      import_mode: true,
      customScripts: Object.fromEntries(SCRIPTS.map((script) => [script, scripts(script)])),
      configuration: { LEGACY_TOKEN: '##LEGACY_TOKEN##' },
    },
    realms: [databaseName(index)],
  };
}

function connection(index: number): Json {
  const strategy = STRATEGIES[index % STRATEGIES.length]!;
  return {
    name: `${strategy}-${index}`,
    strategy,
    enabled_clients: [],
    is_domain_connection: false,
    options:
      strategy === 'samlp'
        ? { signInEndpoint: `https://idp-${index}.example-customer.com/saml`, signatureAlgorithm: 'rsa-sha256', digestAlgorithm: 'sha256', debug: false }
        : {
            client_id: `client-${index}`,
            client_secret: `##CONNECTION_${index}_SECRET##`,
            scope: ['openid', 'profile', 'email'],
            domain: `idp-${index}.example-customer.com`,
          },
  };
}

const emailProvider = (): Json => ({
  name: 'sendgrid',
  enabled: true,
  default_from_address: 'no-reply@example-saas.com',
  credentials: { api_key: '##SENDGRID_API_KEY##' },
});
const emailTemplate = (template: string, body: string): Json => ({
  template,
  body,
  from: 'no-reply@example-saas.com',
  subject: `Example SaaS: ${template.replace(/_/g, ' ')}`,
  syntax: 'liquid',
  urlLifetimeInSeconds: 432_000,
  enabled: template !== 'blocked_account',
});

function action(index: number, code: string): Json {
  return {
    name: actionName(index),
    code,
    runtime: RUNTIMES[index % RUNTIMES.length],
    dependencies: [{ name: 'axios', version: '1.7.2' }],
    secrets: [{ name: 'DIRECTORY_TOKEN', value: '##DIRECTORY_TOKEN##' }],
    supported_triggers: [{ id: TRIGGERS[index % TRIGGERS.length], version: index % TRIGGERS.length === 0 ? 'v3' : 'v2' }],
    deployed: true,
    status: 'built',
  };
}

const rule = (index: number, script: string): Json => ({ name: ruleName(index), script, stage: 'login_success', enabled: index % 5 === 0, order: index + 1 });
const hook = (index: number, script: string): Json => ({
  name: hookName(index),
  script,
  triggerId: 'credentials-exchange',
  enabled: false,
  active: false,
  dependencies: {},
});

function logStream(index: number): Json {
  return index % 2 === 0
    ? {
        name: `datadog-${index}`,
        type: 'datadog',
        status: index === 0 ? 'active' : 'paused',
        sink: { datadogRegion: 'eu', datadogApiKey: '##DATADOG_API_KEY##' },
      }
    : {
        name: `siem-${index}`,
        type: 'http',
        status: 'active',
        sink: {
          httpEndpoint: `https://siem-${index}.example-saas.com/auth0`,
          httpContentType: 'application/json',
          httpContentFormat: 'JSONLINES',
          httpAuthorization: '##SIEM_TOKEN##',
        },
      };
}

const CUSTOM_DOMAINS: Json[] = [
  { domain: 'login.example-saas.com', type: 'auth0_managed_certs', tls_policy: 'recommended', custom_client_ip_header: 'cf-connecting-ip' },
];

const networkAcl = (index: number): Json => ({
  description: `block region ${index}`,
  active: index % 3 !== 2,
  priority: index + 1,
  rule: { action: { block: true }, match: { geo_country_codes: [['KP', 'IR', 'SY', 'CU'][index % 4]] }, scope: index % 2 === 0 ? 'tenant' : 'authentication' },
});

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

/** The sections of a deploy-cli YAML export, code in files beside it (written here under `root`, the YAML's folder). */
export function yamlPosture(spec: PostureSpec, root: string): Json {
  const file = (relative: string, text: string): string => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
    return `./${relative}`;
  };
  return {
    tenant: tenantSettings(),
    attackProtection: ATTACK_PROTECTION,
    guardianFactors: GUARDIAN_FACTORS,
    guardianPolicies: { policies: ['all-applications'] },
    databases: range(spec.databases).map((index) =>
      database(index, (script) => file(`databases/${databaseName(index)}/${script}.js`, databaseScript(index, script))),
    ),
    connections: range(spec.connections).map(connection),
    emailProvider: emailProvider(),
    emailTemplates: TEMPLATES.map((template) => emailTemplate(template, file(`emailTemplates/${template}.html`, templateBody(template)))),
    actions: range(spec.actions).map((index) => action(index, file(`actions/${actionName(index)}/code.js`, actionCode(index)))),
    rules: range(spec.rules).map((index) => rule(index, file(`rules/${ruleName(index)}.js`, ruleScript(index)))),
    hooks: range(spec.hooks).map((index) => hook(index, file(`hooks/${hookName(index)}.js`, hookScript(index)))),
    pages: [{ name: 'error_page', html: file('pages/error_page.html', ERROR_PAGE), show_log_link: false, url: '' }],
    logStreams: range(spec.logStreams).map(logStream),
    customDomains: CUSTOM_DOMAINS,
    networkACLs: range(spec.networkAcls).map(networkAcl),
  };
}

/** The same sections in a directory export's layout (deploy-cli's directory handlers), under `folder`. */
export function writeDirectoryPosture(spec: PostureSpec, folder: string): void {
  const file = (relative: string, content: Json | unknown[] | string): void => {
    mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  };
  file('tenant.json', tenantSettings());
  for (const [part, value] of Object.entries(ATTACK_PROTECTION)) file(`attack-protection/${kebab(part)}.json`, value as Json);
  for (const factor of GUARDIAN_FACTORS) file(`guardian/factors/${factor.name as string}.json`, factor);
  file('guardian/policies.json', { policies: ['all-applications'] });
  for (const index of range(spec.databases)) {
    const name = databaseName(index);
    for (const script of SCRIPTS) file(`database-connections/${name}/${script}.js`, databaseScript(index, script));
    file(
      `database-connections/${name}/database.json`,
      database(index, (script) => `./${script}.js`),
    );
  }
  for (const index of range(spec.connections)) file(`connections/${connection(index).name as string}.json`, connection(index));
  file('emails/provider.json', emailProvider());
  for (const template of TEMPLATES) {
    file(`emails/${template}.html`, templateBody(template));
    file(`emails/${template}.json`, emailTemplate(template, `./${template}.html`));
  }
  for (const index of range(spec.actions)) {
    file(`actions/${actionName(index)}/code.js`, actionCode(index));
    file(`actions/${actionName(index)}.json`, action(index, `./actions/${actionName(index)}/code.js`));
  }
  for (const index of range(spec.rules)) {
    file(`rules/${ruleName(index)}.js`, ruleScript(index));
    file(`rules/${ruleName(index)}.json`, rule(index, `./${ruleName(index)}.js`));
  }
  for (const index of range(spec.hooks)) {
    file(`hooks/${hookName(index)}.js`, hookScript(index));
    file(`hooks/${hookName(index)}.json`, hook(index, `./${hookName(index)}.js`));
  }
  file('pages/error_page.html', ERROR_PAGE);
  file('pages/error_page.json', { name: 'error_page', show_log_link: false, url: '' });
  for (const index of range(spec.logStreams)) file(`log-streams/${logStream(index).name as string}.json`, logStream(index));
  file('custom-domains/custom-domains.json', CUSTOM_DOMAINS);
  for (const index of range(spec.networkAcls)) file(`network-acls/${networkAcl(index).description as string}.json`, networkAcl(index));
}

/** The same sections under the Management API's names and shapes, code inline, as `a0lint pull` writes a dump. */
export function dumpPosture(spec: PostureSpec): Json {
  return {
    tenant_settings: { ...tenantSettings(), error_page: { html: ERROR_PAGE, show_log_link: false, url: '' } },
    attack_protection: Object.fromEntries(Object.entries(ATTACK_PROTECTION).map(([part, value]) => [snake(part), value])),
    guardian_factors: GUARDIAN_FACTORS,
    guardian_policies: ['all-applications'],
    connections: [
      ...range(spec.databases).map((index) => database(index, (script) => databaseScript(index, script))),
      ...range(spec.connections).map(connection),
    ],
    email_provider: emailProvider(),
    email_templates: TEMPLATES.map((template) => emailTemplate(template, templateBody(template))),
    // The API gives action secrets by name only.
    actions: range(spec.actions).map((index) => ({
      id: `act_${String(index).padStart(12, '0')}`,
      ...action(index, actionCode(index)),
      secrets: [{ name: 'DIRECTORY_TOKEN' }],
    })),
    rules: range(spec.rules).map((index) => ({ id: `rul_${String(index).padStart(12, '0')}`, ...rule(index, ruleScript(index)) })),
    hooks: range(spec.hooks).map((index) => ({ id: `hok_${String(index).padStart(12, '0')}`, ...hook(index, hookScript(index)) })),
    log_streams: range(spec.logStreams).map(logStream),
    custom_domains: CUSTOM_DOMAINS,
    network_acls: range(spec.networkAcls).map(networkAcl),
  };
}

/** An HCL string: JSON's escapes, with template sequences (`${`, `%{`) escaped as HCL wants. */
const hcl = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value).replace(/([$%])\{/g, (_match, sign: string) => `${sign}${sign}{`);
  if (Array.isArray(value)) return `[${value.map(hcl).join(', ')}]`;
  return JSON.stringify(value);
};
const attributes = (data: Json, indent: string): string =>
  Object.entries(data)
    .map(([key, value]) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? `${indent}${key} {\n${attributes(value as Json, `${indent}  `)}\n${indent}}`
        : `${indent}${key} = ${hcl(value)}`,
    )
    .join('\n');
const block = (type: string, name: string, data: Json): string => `resource "${type}" "${name}" {\n${attributes(data, '  ')}\n}\n`;

/**
 * The sections the auth0 provider has resources for, as a Terraform configuration writes them (code inline in
 * heredoc-free strings, credentials from variables without defaults): the tenant, attack protection, MFA, database
 * and other connections with their scripts, the email provider, actions with code, log streams, the custom domain
 * and the error page. Rules, hooks, email templates and network ACLs are left out, as a0lint's Terraform reading
 * does not take them.
 */
export function terraformPosture(spec: PostureSpec): string {
  const { flags, ...settings } = tenantSettings();
  const parts: string[] = [
    'variable "sendgrid_api_key" {\n  type      = string\n  sensitive = true\n}\n',
    block('auth0_tenant', 'tenant', { ...settings, flags }),
    block('auth0_attack_protection', 'protection', {
      brute_force_protection: ATTACK_PROTECTION.bruteForceProtection,
      breached_password_detection: ATTACK_PROTECTION.breachedPasswordDetection,
      suspicious_ip_throttling: ATTACK_PROTECTION.suspiciousIpThrottling,
    }),
    block('auth0_guardian', 'mfa', { policy: 'all-applications', otp: true, email: false, webauthn_roaming: { enabled: true } }),
    block('auth0_pages', 'pages', { error: { html: ERROR_PAGE, show_log_link: false, url: '' } }),
    block('auth0_custom_domain', 'login', { domain: CUSTOM_DOMAINS[0]!.domain, type: CUSTOM_DOMAINS[0]!.type }),
    block('auth0_email_provider', 'sendgrid', { name: 'sendgrid', enabled: true, default_from_address: 'no-reply@example-saas.com' }).replace(
      /\n}\n$/,
      '\n  credentials {\n    api_key = var.sendgrid_api_key\n  }\n}\n',
    ),
  ];
  for (const index of range(spec.databases)) {
    const data = database(index, (script) => databaseScript(index, script));
    const options = data.options as Json;
    parts.push(
      block('auth0_connection', `db${index}`, {
        name: data.name,
        strategy: 'auth0',
        options: {
          password_policy: options.passwordPolicy,
          password_history: options.password_history as Json,
          password_dictionary: options.password_dictionary as Json,
          password_no_personal_info: options.password_no_personal_info as Json,
          password_complexity_options: options.password_complexity_options as Json,
          brute_force_protection: true,
          enabled_database_customization: true,
          import_mode: true,
        },
      }).replace(
        /\n {2}}\n}\n$/,
        () => `\n    custom_scripts = {\n${SCRIPTS.map((script) => `      ${script} = ${hcl(databaseScript(index, script))}`).join('\n')}\n    }\n  }\n}\n`,
      ),
    );
  }
  for (const index of range(spec.connections)) {
    const data = connection(index);
    parts.push(block('auth0_connection', `c${index}`, { name: data.name, strategy: data.strategy }));
  }
  for (const index of range(spec.actions)) {
    const data = action(index, actionCode(index));
    const [trigger] = data.supported_triggers as Json[];
    parts.push(
      block('auth0_action', `a${index}`, {
        name: data.name,
        runtime: data.runtime,
        code: data.code,
        deploy: true,
        supported_triggers: trigger!,
        dependencies: (data.dependencies as Json[])[0]!,
      }),
    );
  }
  for (const index of range(spec.logStreams)) {
    const data = logStream(index);
    parts.push(block('auth0_log_stream', `l${index}`, { name: data.name, type: data.type, status: data.status }));
  }
  return parts.join('\n');
}
