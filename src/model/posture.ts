import type { LoadedInput } from './input.js';
import { joinPointer } from './pointer.js';
import { SECTIONS, SECTION_NAMES, type SectionName } from './sections.js';
import type { AttackProtectionPart, CodeEntity, CodeText, Connection, Origin, Posture, PostureEntity, PostureKind, TenantSettings } from './types.js';
import { withoutSecrets } from './without-secrets.js';

type Record_ = Readonly<Record<string, unknown>>;

/** A section of the input document, and where it was read. */
interface RawSection {
  readonly data: unknown;
  readonly origin: Origin;
  /** The section's pointer in the document: places inside it resolve through `originOf`, into the files they came from. */
  readonly pointer: string;
}

/** The attack protection parts, under deploy-cli's YAML keys and the API's (dump) keys. */
const ATTACK_PARTS: ReadonlyArray<readonly [AttackProtectionPart['part'], string]> = [
  ['bruteForceProtection', 'brute_force_protection'],
  ['breachedPasswordDetection', 'breached_password_detection'],
  ['suspiciousIpThrottling', 'suspicious_ip_throttling'],
  ['botDetection', 'bot_detection'],
  ['captcha', 'captcha'],
];

/**
 * Builds the tenant's other parts from the sections the input holds. deploy-cli's YAML (and directory) exports and
 * API dumps differ in names and in a few shapes (a dump keeps every connection in one list and the error page in
 * the tenant settings); the model is the same for both. A section the input does not hold stays unknown.
 */
export function buildPosture(input: LoadedInput): Posture {
  const dump = input.format === 'api-dump';
  const document = input.document ?? {};
  const originOf = (pointer: string): Origin => input.originOf(pointer);
  const raw = (section: SectionName): RawSection | undefined => {
    const key = dump ? SECTIONS[section].dump : section;
    const data = Object.hasOwn(document, key) ? document[key] : undefined;
    // deploy-cli writes `key: null` for a section it did not export: unknown, like an absent key.
    if (data === undefined || data === null) return undefined;
    const pointer = joinPointer('', key);
    return { data, pointer, origin: originOf(pointer) };
  };
  const known = new Set<SectionName>(SECTION_NAMES.filter((section) => raw(section) !== undefined));
  /** Code and HTML are the files' text in every export form (the loaders read the files deploy-cli names). */
  const unknownAt = new Set((input.unknowns ?? []).map((value) => value.origin.pointer));
  const code = (value: unknown, pointer: string): CodeText | undefined =>
    typeof value === 'string' ? { text: value, origin: originOf(pointer), ...(unknownAt.has(pointer) ? { unknown: true as const } : {}) } : undefined;

  const tenantRaw = raw('tenant');
  const settings = tenantRaw && isRecord(tenantRaw.data) ? tenantSettings(tenantRaw.data, tenantRaw.origin) : undefined;

  const attackRaw = raw('attackProtection');
  const attackProtection: AttackProtectionPart[] = [];
  if (attackRaw && isRecord(attackRaw.data)) {
    for (const [part, dumpKey] of ATTACK_PARTS) {
      const key = dump ? dumpKey : part;
      const value = attackRaw.data[key];
      if (isRecord(value))
        attackProtection.push({ ...entity('attackProtection', part, undefined, value, originOf(joinPointer(attackRaw.pointer, key))), part });
    }
  }

  const policiesRaw = raw('guardianPolicies');
  let guardianPolicies: PostureEntity<'guardianPolicies'> | undefined;
  if (policiesRaw) {
    // deploy-cli writes `{policies: [...]}`; the API answers with the list itself.
    const data = Array.isArray(policiesRaw.data) ? { policies: policiesRaw.data } : isRecord(policiesRaw.data) ? policiesRaw.data : {};
    guardianPolicies = entity('guardianPolicies', 'guardianPolicies', undefined, data, policiesRaw.origin);
  }

  const connections: Connection[] = [];
  const addConnections = (section: RawSection | undefined, keep: (strategy: string | undefined) => boolean, database: boolean | undefined): void => {
    for (const [item, pointer] of items(section)) {
      const strategy = asString(item.strategy);
      if (!keep(strategy)) continue;
      const base = entity('connection', asString(item.name), undefined, item, originOf(pointer));
      const scripts = new Map<string, CodeText | undefined>();
      const options = item.options;
      const custom = isRecord(options) ? options.customScripts : undefined;
      if (isRecord(custom)) {
        for (const [name, script] of Object.entries(custom)) scripts.set(name, code(script, joinPointer(pointer, 'options', 'customScripts', name)));
      }
      connections.push({ ...base, strategy, isDatabase: database ?? strategy === 'auth0', scripts });
    }
  };
  if (dump) addConnections(raw('connections'), () => true, undefined);
  else {
    addConnections(raw('databases'), () => true, true);
    addConnections(raw('connections'), (strategy) => strategy !== 'auth0', false);
  }

  const codeEntities = <K extends 'action' | 'rule' | 'hook' | 'page' | 'emailTemplate'>(
    section: SectionName,
    kind: K,
    field: string,
    keyField = 'name',
  ): Array<CodeEntity<K>> =>
    items(raw(section)).map(([item, pointer], index) => ({
      ...entity(kind, asString(item[keyField]) ?? `#${index}`, asString(item.name), item, originOf(pointer)),
      code: code(item[field], joinPointer(pointer, field)),
    }));

  const pages = codeEntities('pages', 'page', 'html');
  if (dump && settings && isRecord(settings.data.error_page)) {
    // The API keeps the error page in the tenant settings; as a page it gets deploy-cli's name for it.
    const pointer = joinPointer(tenantRaw!.pointer, 'error_page');
    const page = settings.data.error_page;
    pages.push({ ...entity('page', 'error_page', 'error_page', page, originOf(pointer)), code: code(page.html, joinPointer(pointer, 'html')) });
  }

  const emailRaw = raw('emailProvider');
  const plain = <K extends PostureKind>(section: SectionName, kind: K, keyField: string): Array<PostureEntity<K>> =>
    items(raw(section)).map(([item, pointer], index) => entity(kind, asString(item[keyField]) ?? `#${index}`, asString(item.name), item, originOf(pointer)));

  return {
    known: dump && known.has('tenant') ? known.add('pages') : known,
    unreadable: input.unreadable ?? new Map(),
    settings,
    attackProtection,
    guardianFactors: plain('guardianFactors', 'guardianFactor', 'name'),
    guardianPolicies,
    connections,
    emailProvider:
      emailRaw && isRecord(emailRaw.data) ? entity('emailProvider', 'emailProvider', asString(emailRaw.data.name), emailRaw.data, emailRaw.origin) : undefined,
    emailTemplates: codeEntities('emailTemplates', 'emailTemplate', 'body', 'template'),
    actions: codeEntities('actions', 'action', 'code'),
    rules: codeEntities('rules', 'rule', 'script'),
    hooks: codeEntities('hooks', 'hook', 'script'),
    pages,
    logStreams: plain('logStreams', 'logStream', 'name'),
    eventStreams: plain('eventStreams', 'eventStream', 'name'),
    customDomains: plain('customDomains', 'customDomain', 'domain'),
    networkAcls: plain('networkACLs', 'networkAcl', 'description'),
    sectionOrigin: (section) => raw(section)?.origin,
  };
}

function tenantSettings(data: Record_, origin: Origin): TenantSettings {
  const base = entity('tenant', 'tenant', undefined, data, origin);
  return { ...base, flags: isRecord(base.data.flags) ? base.data.flags : {} };
}

function entity<K extends PostureKind>(kind: K, key: string | undefined, name: string | undefined, data: Record_, origin: Origin): PostureEntity<K> {
  const clean = withoutSecrets(data);
  return { kind, key: key ?? kind, ...(name !== undefined ? { name } : {}), data: clean.data, origin, secretFields: clean.secretFields };
}

/** The mappings of a list section, with their document pointers; anything else in the list is skipped. */
function items(section: RawSection | undefined): Array<[Record_, string]> {
  if (!section || !Array.isArray(section.data)) return [];
  const found: Array<[Record_, string]> = [];
  section.data.forEach((item, index) => {
    if (isRecord(item)) found.push([item, joinPointer(section.pointer, index)]);
  });
  return found;
}

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
