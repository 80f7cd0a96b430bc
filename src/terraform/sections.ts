import { joinPointer } from '../model/pointer.js';
import { isRecord } from './values.js';
import { convert, Trace, type Building, type TraceEntry } from './convert.js';
import type { TfResource } from './to-tenant.js';

/** A section of the tenant's posture: one object (tenant settings) or a list (connections), as deploy-cli writes it. */
export type SectionParts = Building | Building[];

/** deploy-cli's attack protection keys for the provider's blocks. */
const ATTACK_PARTS: Readonly<Record<string, string>> = {
  brute_force_protection: 'bruteForceProtection',
  breached_password_detection: 'breachedPasswordDetection',
  suspicious_ip_throttling: 'suspiciousIpThrottling',
  bot_detection: 'botDetection',
  captcha: 'captcha',
};

/** The provider's connection options under the Management API's (and deploy-cli's) names. */
const CONNECTION_OPTIONS: Readonly<Record<string, string>> = {
  password_policy: 'passwordPolicy',
  custom_scripts: 'customScripts',
  enabled_database_customization: 'enabledDatabaseCustomization',
};

/** auth0_guardian's factors: attribute or block, and the factor name the API uses. */
const GUARDIAN_FACTORS: ReadonlyArray<readonly [string, string]> = [
  ['email', 'email'],
  ['otp', 'otp'],
  ['recovery_code', 'recovery-code'],
  ['phone', 'sms'],
  ['push', 'push-notification'],
  ['webauthn_roaming', 'webauthn-roaming'],
  ['webauthn_platform', 'webauthn-platform'],
  ['duo', 'duo'],
];

/** auth0_pages' blocks and the page names deploy-cli gives them. */
const PAGES: Readonly<Record<string, string>> = {
  login: 'login',
  change_password: 'password_reset',
  guardian_mfa: 'guardian_multifactor',
  error: 'error_page',
};

/**
 * The tenant's other parts from auth0_tenant, auth0_attack_protection, auth0_guardian, auth0_connection,
 * auth0_email_provider, auth0_email_template, auth0_action, auth0_log_stream, auth0_custom_domain, auth0_network_acl and auth0_pages, under deploy-cli's
 * section names and shapes (the model reads a Terraform configuration as it reads a YAML export). A section no
 * resource of the configuration sets stays absent: unknown, never taken as Auth0's defaults.
 */
export function postureSections(resources: readonly TfResource[]): Map<string, SectionParts> {
  const sections = new Map<string, SectionParts>();
  const list = (name: string): Building[] => {
    const known = sections.get(name);
    if (Array.isArray(known)) return known;
    const made: Building[] = [];
    sections.set(name, made);
    return made;
  };
  const single = (name: string, building: Building): void => {
    if (!sections.has(name)) sections.set(name, building);
  };
  for (const resource of resources) {
    if (resource.mode !== 'managed') continue;
    switch (resource.type) {
      case 'auth0_tenant': {
        const tenant = convert(resource);
        const errorPage = tenant.data.error_page;
        delete tenant.data.error_page;
        single('tenant', tenant);
        // deploy-cli keeps the error page among the pages, not in the tenant settings.
        if (isRecord(errorPage)) list('pages').push(part(resource, { name: 'error_page', ...errorPage }, '/error_page/0', Object.keys(errorPage)));
        break;
      }
      case 'auth0_attack_protection': {
        const attack = convert(resource);
        for (const [from, to] of Object.entries(ATTACK_PARTS)) move(attack, from, to);
        single('attackProtection', attack);
        break;
      }
      case 'auth0_guardian':
        guardian(resource, list('guardianFactors'), (policies) => single('guardianPolicies', policies));
        break;
      case 'auth0_connection': {
        const connection = convert(resource);
        if (isRecord(connection.data.options))
          for (const [from, to] of Object.entries(CONNECTION_OPTIONS)) move(connection, `options/${from}`, `options/${to}`);
        list(connection.data.strategy === 'auth0' ? 'databases' : 'connections').push(connection);
        break;
      }
      case 'auth0_email_provider': {
        const provider = convert(resource);
        const credentials = provider.data.credentials;
        // One block here (the client credentials' `credentials` repeat).
        if (Array.isArray(credentials) && credentials.length === 1) {
          provider.data.credentials = credentials[0];
          move(provider, 'credentials/0', 'credentials');
        }
        single('emailProvider', provider);
        break;
      }
      case 'auth0_action': {
        const action = convert(resource);
        // The API lists the triggers; the provider has one block.
        if (isRecord(action.data.supported_triggers)) action.data.supported_triggers = [action.data.supported_triggers];
        move(action, 'deploy', 'deployed');
        list('actions').push(action);
        break;
      }
      case 'auth0_email_template':
        list('emailTemplates').push(convert(resource));
        break;
      case 'auth0_log_stream':
        list('logStreams').push(convert(resource));
        break;
      case 'auth0_custom_domain':
        list('customDomains').push(convert(resource));
        break;
      case 'auth0_network_acl':
        list('networkACLs').push(convert(resource));
        break;
      case 'auth0_pages': {
        const values = resource.values();
        for (const [block, name] of Object.entries(PAGES)) {
          const page = Array.isArray(values[block]) && isRecord(values[block][0]) ? values[block][0] : undefined;
          if (page) list('pages').push(part(resource, { name, ...page }, `/${block}/0`, Object.keys(page)));
        }
        break;
      }
    }
  }
  return sections;
}

/** Factors as the API lists them (`{name, enabled}`), and the MFA policy as `{policies: [...]}`. */
function guardian(resource: TfResource, factors: Building[], setPolicies: (building: Building) => void): void {
  const values = resource.values();
  for (const [field, name] of GUARDIAN_FACTORS) {
    const value = values[field];
    if (typeof value === 'boolean') factors.push(part(resource, { name, enabled: value }, `/${field}`, []));
    else if (Array.isArray(value) && isRecord(value[0])) {
      const enabled = value[0].enabled ?? true;
      factors.push(part(resource, { name, enabled }, `/${field}/0`, ['enabled']));
    }
  }
  const policy = values.policy;
  if (policy !== undefined) {
    const policies = policy === 'never' ? [] : [policy];
    setPolicies(part(resource, { policies }, '/policy', []));
  }
}

/** A building made from part of a resource: the listed fields point at themselves, the rest at `pointer`. */
function part(resource: TfResource, data: Record<string, unknown>, pointer: string, fields: readonly string[]): Building {
  const trace = new Trace(() => {
    const entries = new Map<string, TraceEntry>([['', { resource, pointer }]]);
    for (const field of fields) entries.set(joinPointer('', field), { resource, pointer: joinPointer(pointer, field) });
    return entries;
  });
  return { resource, data, trace };
}

/** Renames a field (a `/`-separated path) in a building, with the places of everything under it. */
function move(building: Building, from: string, to: string): void {
  const fromPath = from.split('/');
  const toPath = to.split('/');
  const parent = fromPath.slice(0, -1).reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), building.data);
  if (!isRecord(parent) || !Object.hasOwn(parent, fromPath.at(-1)!)) return;
  const value = parent[fromPath.at(-1)!];
  delete parent[fromPath.at(-1)!];
  parent[toPath.at(-1)!] = value;
  const fromPointer = joinPointer('', ...fromPath);
  const toPointer = joinPointer('', ...toPath);
  building.trace.change((entries) => {
    for (const [pointer, place] of [...entries]) {
      if (pointer !== fromPointer && !pointer.startsWith(`${fromPointer}/`)) continue;
      entries.delete(pointer);
      entries.set(toPointer + pointer.slice(fromPointer.length), place);
    }
  });
}
