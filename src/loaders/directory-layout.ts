/**
 * Where auth0-deploy-cli (8.x, `src/context/directory/handlers/*`) reads each section of a directory export, and
 * which values it reads from files of their own. The key of each entry is the section's key in the YAML export,
 * so a directory export is read into the same document a YAML export is.
 */

/** A value deploy-cli replaces by the text of the file it names, and where that name is resolved from. */
export interface FileField {
  /** Keys from the item to the value. */
  readonly path: readonly string[];
  /** Resolved against the export's root, or against the section's own folder. */
  readonly base: 'root' | 'folder';
  /** deploy-cli reads the file only when it exists (otherwise the value is kept as written, as inline HTML). */
  readonly optional?: boolean;
  /** Only for items where this holds (the email body of passwordless email connections). */
  readonly when?: (item: Readonly<Record<string, unknown>>) => boolean;
}

export type SectionLayout =
  /** Every `*.json` file directly in the folder, one item each, in name order. */
  | { readonly kind: 'list'; readonly folder: string; readonly files?: readonly FileField[] }
  /** One JSON file holding the whole section. */
  | { readonly kind: 'file'; readonly file: string; readonly holds: 'object' | 'array' }
  /** The first `*.json` file in the folder (deploy-cli reads no other). */
  | { readonly kind: 'first'; readonly folder: string }
  /** One file per key of the section, in one folder; each file is optional. */
  | { readonly kind: 'parts'; readonly folder: string; readonly parts: Readonly<Record<string, string>> }
  /** Sections whose layout is their own (database folders, page and email template pairs, branding, prompts). */
  | { readonly kind: 'databases' | 'pages' | 'emailTemplates' | 'branding' | 'prompts' };

export const DIRECTORY_LAYOUT: Readonly<Record<string, SectionLayout>> = {
  tenant: { kind: 'file', file: 'tenant.json', holds: 'object' },
  resourceServers: { kind: 'list', folder: 'resource-servers' },
  clients: { kind: 'list', folder: 'clients', files: [{ path: ['custom_login_page'], base: 'folder', optional: true }] },
  clientGrants: { kind: 'list', folder: 'grants' },
  connections: {
    kind: 'list',
    folder: 'connections',
    files: [{ path: ['options', 'email', 'body'], base: 'folder', when: (item) => item.strategy === 'email' }],
  },
  databases: { kind: 'databases' },
  emailProvider: { kind: 'file', file: 'emails/provider.json', holds: 'object' },
  emailTemplates: { kind: 'emailTemplates' },
  actions: { kind: 'list', folder: 'actions', files: [{ path: ['code'], base: 'root' }] },
  actionModules: { kind: 'list', folder: 'action-modules', files: [{ path: ['code'], base: 'root' }] },
  triggers: { kind: 'first', folder: 'triggers' },
  rules: { kind: 'list', folder: 'rules', files: [{ path: ['script'], base: 'folder' }] },
  rulesConfigs: { kind: 'list', folder: 'rules-configs' },
  hooks: { kind: 'list', folder: 'hooks', files: [{ path: ['script'], base: 'folder' }] },
  pages: { kind: 'pages' },
  logStreams: { kind: 'list', folder: 'log-streams' },
  eventStreams: { kind: 'list', folder: 'event-streams' },
  attackProtection: {
    kind: 'parts',
    folder: 'attack-protection',
    parts: {
      botDetection: 'bot-detection.json',
      breachedPasswordDetection: 'breached-password-detection.json',
      bruteForceProtection: 'brute-force-protection.json',
      captcha: 'captcha.json',
      suspiciousIpThrottling: 'suspicious-ip-throttling.json',
    },
  },
  riskAssessment: { kind: 'file', file: 'risk-assessment/settings.json', holds: 'object' },
  guardianFactors: { kind: 'list', folder: 'guardian/factors' },
  guardianFactorProviders: { kind: 'list', folder: 'guardian/providers' },
  guardianFactorTemplates: { kind: 'list', folder: 'guardian/templates' },
  guardianPolicies: { kind: 'file', file: 'guardian/policies.json', holds: 'object' },
  guardianPhoneFactorMessageTypes: { kind: 'file', file: 'guardian/phoneFactorMessageTypes.json', holds: 'object' },
  guardianPhoneFactorSelectedProvider: { kind: 'file', file: 'guardian/phoneFactorSelectedProvider.json', holds: 'object' },
  customDomains: { kind: 'file', file: 'custom-domains/custom-domains.json', holds: 'array' },
  networkACLs: { kind: 'list', folder: 'network-acls' },
  branding: { kind: 'branding' },
  themes: { kind: 'list', folder: 'themes' },
  prompts: { kind: 'prompts' },
  phoneProviders: { kind: 'file', file: 'phone-providers/provider.json', holds: 'object' },
  phoneTemplates: { kind: 'list', folder: 'phone-templates' },
  roles: { kind: 'list', folder: 'roles' },
  organizations: { kind: 'list', folder: 'organizations' },
  forms: { kind: 'list', folder: 'forms' },
  flows: { kind: 'list', folder: 'flows' },
  flowVaultConnections: { kind: 'list', folder: 'flow-vault-connections' },
  selfServiceProfiles: { kind: 'list', folder: 'self-service-profiles' },
  userAttributeProfiles: { kind: 'list', folder: 'user-attribute-profiles' },
  connectionProfiles: { kind: 'list', folder: 'connection-profiles' },
  tokenExchangeProfiles: { kind: 'list', folder: 'token-exchange-profiles' },
  rateLimitPolicies: { kind: 'list', folder: 'rate-limit-policies' },
  supplementalSignals: { kind: 'file', file: 'supplemental-signals.json', holds: 'object' },
};

/**
 * The values a YAML export names files for (deploy-cli's `src/context/yaml/handlers/*`): names are resolved against
 * the YAML file's folder, or against `folder` inside it. Database scripts (every key of
 * `databases[].options.customScripts`) and branding template bodies are read too.
 */
export const YAML_FILE_FIELDS: Readonly<Record<string, { readonly folder: string; readonly fields: readonly FileField[] }>> = {
  actions: { folder: 'actions', fields: [{ path: ['code'], base: 'root' }] },
  actionModules: { folder: 'action-modules', fields: [{ path: ['code'], base: 'root' }] },
  rules: { folder: 'rules', fields: [{ path: ['script'], base: 'root' }] },
  hooks: { folder: 'hooks', fields: [{ path: ['script'], base: 'root' }] },
  pages: { folder: 'pages', fields: [{ path: ['html'], base: 'root' }] },
  emailTemplates: { folder: 'emailTemplates', fields: [{ path: ['body'], base: 'root' }] },
  connections: { folder: 'connections', fields: [{ path: ['options', 'email', 'body'], base: 'folder', when: (item) => item.strategy === 'email' }] },
  clients: { folder: 'clients', fields: [{ path: ['custom_login_page'], base: 'folder', optional: true }] },
};

/**
 * Every top-level key deploy-cli reads from a YAML export (`src/context/yaml/handlers`): the sections above, and
 * `clientAuthCredentials`, which only a YAML export can hold.
 */
export const EXPORT_KEYS: ReadonlySet<string> = new Set([...Object.keys(DIRECTORY_LAYOUT), 'clientAuthCredentials']);

/** Keys older deploy-cli versions wrote and current ones ignore: `migrations` (tenant migration flags, until 7.x). */
export const RETIRED_EXPORT_KEYS: ReadonlySet<string> = new Set(['migrations']);

/** deploy-cli's names for database connection scripts (`constants.DATABASE_SCRIPTS`); it skips any other key. */
export const DATABASE_SCRIPTS: readonly string[] = ['get_user', 'create', 'verify', 'login', 'change_password', 'delete', 'change_email'];
