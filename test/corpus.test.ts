/**
 * The whole catalog over the public corpus of real Auth0 configurations (see the corpus's PROVENANCE.md):
 * deploy-cli YAML and directory exports, Terraform configurations and state, Management API response fixtures, and
 * recorded Management API traffic converted to the dump format. Every input must load or fail with a located input error, and the findings per
 * input and rule must equal the reviewed snapshot in test/corpus/findings.json (review notes: test/corpus/REVIEW.md).
 * After a rule change, rerun with `npx vitest run test/corpus.test.ts -u`, then review the diff finding by finding.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import type { Finding } from '../src/engine/finding.js';
import type { RuleSettings } from '../src/engine/run-rules.js';
import { InputError } from '../src/shared/errors.js';
import type { KeywordMappings } from '../src/loaders/keywords.js';
import { loadInput, type LoadedInput } from '../src/loaders/load.js';
import { loadText } from '../src/loaders/load-text.js';
import { readMappingsFile } from '../src/loaders/mappings.js';
import { lintInput } from '../src/app/lint-input.js';
import { parsePointer } from '../src/model/pointer.js';
import type { Entity, Tenant } from '../src/model/types.js';
import { CORPUS } from './helpers/corpus.js';
import { cassetteExchanges, idOf, nockExchanges, toApiDump, type ApiDump, type Collection } from './corpus/recordings.js';
import { readVerdicts, renderReview, REVIEWED_IN_PROSE, verdictProblems, type ReviewedFinding } from './corpus/verdicts.js';

const corpus = CORPUS;

type Kind = 'yaml' | 'directory' | 'api-dump' | 'api-responses' | 'recording' | 'terraform' | 'terraform-state';

interface Target {
  readonly kind: Kind;
  /** Relative to the corpus, with forward slashes. */
  readonly path: string;
}

interface Outcome {
  readonly input: string;
  readonly kind: Kind;
  readonly mappings?: string;
  readonly errors: string[];
  readonly findings: Record<string, string[]>;
}

const COLLECTION_FOLDERS = ['clients', 'grants', 'resource-servers'];
/** The corpus folder of files whose repository is unknown (PROVENANCE.md, section 5). */
const UNATTRIBUTED = '_unattributed';
const CONFIG_FILES = ['config.json', 'config/dev.json'];

describe.skipIf(!corpus)('corpus', () => {
  // A skipped suite is still collected: without the corpus there is nothing to discover.
  const root = corpus ?? '';
  const targets = corpus ? discover(corpus) : [];

  it('finds every kind of input', () => {
    const kinds = new Set(targets.map((target) => target.kind));
    expect([...kinds].sort()).toEqual(['api-responses', 'directory', 'recording', 'terraform', 'terraform-state', 'yaml']);
    expect(targets.length).toBeGreaterThan(40);
  });

  it('loads every input or fails with a located error, and reports the reviewed findings, each judged', async () => {
    const outcomes: Outcome[] = [];
    const misplaced: string[] = [];
    const judged: ReviewedFinding[] = [];
    for (const target of targets) outcomes.push(await lintTarget(root, target, misplaced, judged));
    // Checked before the snapshot, so a locating fault is never mistaken for a change of findings.
    expect(misplaced, 'findings whose location does not hold the value they are about').toEqual([]);
    for (const outcome of outcomes) {
      for (const error of outcome.errors) expect(error, `${outcome.input}: input errors are located`).toMatch(/^[^:]+:\d+:\d+: /);
    }
    await expect(`${JSON.stringify(outcomes, null, 2)}\n`).toMatchFileSnapshot('./corpus/findings.json');
    const verdicts = readVerdicts();
    expect(verdictProblems(judged, verdicts), 'every finding of a rule not reviewed in prose needs a verdict (test/corpus/verdicts/)').toEqual([]);
    await expect(renderReview(judged, verdicts)).toMatchFileSnapshot('./corpus/verdicts/README.md');
  });
});

/**
 * deploy-cli exports by their names (tenant.yaml, folders of clients/grants/resource-servers), API data by content,
 * Terraform by its files: a folder of .tf files is one configuration (its root module), state files stand alone.
 */
function discover(root: string): Target[] {
  const targets: Target[] = [];
  const responseFolders = new Set<string>();
  const visit = (dir: string): void => {
    const names = readdirSync(dir).sort();
    if (names.some((name) => COLLECTION_FOLDERS.includes(name) && statSync(path.join(dir, name)).isDirectory())) {
      targets.push({ kind: 'directory', path: relative(root, dir) });
      return;
    }
    const tfFiles = names.filter((name) => name.endsWith('.tf'));
    // The unattributed files come from different, unknown repositories: each is a configuration of its own.
    if (path.basename(dir) === UNATTRIBUTED)
      targets.push(...tfFiles.map((name) => ({ kind: 'terraform' as const, path: relative(root, path.join(dir, name)) })));
    else if (tfFiles.length > 0) targets.push({ kind: 'terraform', path: relative(root, dir) });
    for (const name of names) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        visit(full);
        continue;
      }
      const inRecordings = path.basename(dir) === 'recordings' || relative(root, dir).includes('/recordings/');
      if (/^tenant\.ya?ml$/.test(name)) targets.push({ kind: 'yaml', path: relative(root, full) });
      else if (name.endsWith('.tfstate')) targets.push({ kind: 'terraform-state', path: relative(root, full) });
      else if (inRecordings && /\.(json|ya?ml)$/.test(name)) targets.push({ kind: 'recording', path: relative(root, full) });
      else if (name.endsWith('.json')) {
        const shape = jsonShape(full);
        if (shape === 'dump') targets.push({ kind: 'api-dump', path: relative(root, full) });
        else if (shape === 'responses') responseFolders.add(relative(root, dir));
      }
    }
  };
  visit(root);
  for (const folder of responseFolders) targets.push({ kind: 'api-responses', path: folder });
  return targets.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function lintTarget(root: string, target: Target, misplaced: string[], judged: ReviewedFinding[]): Promise<Outcome> {
  const full = path.join(root, target.path);
  const base = { input: target.path, kind: target.kind };
  if (target.kind === 'recording') {
    const text = readFileSync(full, 'utf8');
    const dump = toApiDump(target.path.endsWith('.json') ? nockExchanges(text) : cassetteExchanges(text));
    return outcomeOf(base, loadText(`${target.path} (as dump)`, JSON.stringify(dump, null, 1), 'api-dump'), RECORDED, judged);
  }
  if (target.kind === 'api-responses') {
    const errors: string[] = [];
    for (const name of readdirSync(full)
      .filter((file) => jsonShape(path.join(full, file)) === 'responses')
      .sort()) {
      // Response bodies are no dumps: the loader must refuse each with a located error, never crash.
      errors.push(...(await load(path.join(target.path, name), root, {})).errors);
    }
    const outcome = outcomeOf(base, loadText(`${target.path} (as dump)`, JSON.stringify(responsesAsDump(full), null, 1), 'api-dump'), PARTIAL, judged);
    return { ...outcome, errors: [...errors, ...outcome.errors] };
  }
  // deploy-cli's keyword mappings belong to exports; Terraform has its own variables.
  const config = target.kind === 'terraform' || target.kind === 'terraform-state' ? undefined : findConfig(root, target.path);
  const mappings = config ? readMappingsFile(config, root, 'deploy-config') : {};
  const loaded = await load(target.path, root, mappings);
  const outcome = loaded.input
    ? outcomeOf(base, loaded.input, WHOLE, judged, (tenant, finding) => checkLocation(root, tenant, finding, misplaced))
    : { ...base, errors: [], findings: {} };
  return { ...outcome, ...(config ? { mappings: config } : {}), errors: loaded.errors };
}

async function load(file: string, cwd: string, mappings: KeywordMappings): Promise<{ input?: LoadedInput; errors: string[] }> {
  try {
    const input = await loadInput(file, { cwd, mappings });
    return { input, errors: input.errors.map((error) => error.format()) };
  } catch (error) {
    if (error instanceof InputError) return { errors: [error.format()] };
    throw error;
  }
}

interface Reading {
  /** Whether locations point into the corpus file (not into a dump converted from it). */
  readonly located: boolean;
  readonly settings: RuleSettings;
}

const WHOLE: Reading = { located: true, settings: new Map() };
/**
 * SDK fixtures hold only the entities a test needed, not a whole tenant: a grant's client is usually not among
 * them, so dangling references say nothing about the rule there.
 */
const PARTIAL: Reading = { located: false, settings: new Map([['no-dangling-client-grants', { severity: 'off' }]]) };
/**
 * Recordings are partial too, and merge several moments into one dump: a grant's last version can meet its API
 * after a test removed the API's scopes, so undefined scopes there may never have coexisted with the grant.
 */
const RECORDED: Reading = { ...PARTIAL, settings: new Map([...PARTIAL.settings, ['grant-scopes-defined', { severity: 'off' }]]) };

function outcomeOf(
  base: { input: string; kind: Kind },
  input: LoadedInput,
  reading: Reading,
  judged: ReviewedFinding[],
  check?: (tenant: Tenant, finding: Finding) => void,
): Outcome {
  const findings: Record<string, string[]> = {};
  const { tenant, findings: all } = lintInput(input, { rules: builtinRules, settings: reading.settings });
  for (const finding of all) {
    check?.(tenant, finding);
    const where = reading.located && finding.location ? `${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}` : undefined;
    const subject = `${finding.entity ? `${finding.entity.kind} ${finding.entity.key}` : '-'} ${finding.path || '/'}`;
    (findings[finding.ruleId] ??= []).push(where === undefined ? subject : `${where} ${subject}`);
    if (!REVIEWED_IN_PROSE.has(finding.ruleId))
      judged.push({ input: base.input, ruleId: finding.ruleId, fingerprint: finding.fingerprint, ...(where ? { where } : {}), subject });
  }
  return { ...base, errors: input.errors.map((error) => error.format()), findings };
}

const fileLines = new Map<string, string[]>();

/**
 * An oracle for locating that does not share its code: a finding about a scalar must point at text that holds that
 * scalar (or the keyword marker it came from). Only the place is printed, never the value, which may be a secret.
 */
function checkLocation(root: string, tenant: Tenant, finding: Finding, misplaced: string[]): void {
  const { location, entity } = finding;
  if (!location || !entity || location.startLine !== location.endLine) return;
  const entities: readonly Entity[] = [...tenant.resourceServers, ...tenant.clients, ...tenant.clientGrants, ...postureEntities(tenant)];
  const holder = entities.find((candidate) => candidate.kind === entity.kind && candidate.key === entity.key && candidate.origin.source.file === location.file);
  let value: unknown = holder?.data;
  for (const segment of parsePointer(finding.path)) value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
  let lines = fileLines.get(location.file);
  if (!lines) fileLines.set(location.file, (lines = readFileSync(path.join(root, location.file), 'utf8').split('\n')));
  const line = lines[location.startLine - 1] ?? '';
  const text = line.slice(location.startColumn - 1, location.endColumn - 1);
  const written = [String(value), JSON.stringify(value).slice(1, -1)];
  if (written.some((form) => text.includes(form))) return;
  // A value filled in from a keyword mapping is located at its marker (an `@@KEY@@` list: each item at the marker).
  if (/^['"]?(?:##[A-Z0-9_]+##|@@[A-Z0-9_]+@@)/.test(line.slice(location.startColumn - 1)) || /##[A-Z0-9_]+##/.test(text)) return;
  // A Terraform value computed from an expression (a variable, a local, a function) is located at that expression.
  if (location.file.endsWith('.tf') && terraformAttributeAt(lines, location, finding.path)) return;
  misplaced.push(`${location.file}:${location.startLine}:${location.startColumn} ${finding.ruleId} ${entity.kind} ${entity.key} ${finding.path}`);
}

/**
 * Whether the place is inside the .tf attribute the path names (its last key): the attribute's own line, or a line of
 * the expression under it (an attribute on a line above, indented less than the place).
 */
function terraformAttributeAt(lines: readonly string[], location: { startLine: number; startColumn: number }, pointer: string): boolean {
  const key = parsePointer(pointer)
    .filter((segment) => !/^\d+$/.test(segment))
    .at(-1);
  for (let index = location.startLine - 1; index >= 0; index--) {
    const attribute = /^(\s*)([A-Za-z_][\w-]*)\s*[={]/.exec(lines[index] ?? '');
    if (!attribute) continue;
    const indent = attribute[1]!.length;
    if (indent < location.startColumn - (index === location.startLine - 1 ? 0 : 1))
      return attribute[2] === key || PROVIDER_NAMES[key ?? '']?.includes(attribute[2]!) === true;
  }
  return false;
}

/** The provider's attribute names for model fields it names differently. */
const PROVIDER_NAMES: Readonly<Record<string, readonly string[]>> = {
  scope: ['scopes'],
  token_endpoint_auth_method: ['authentication_method'],
};

function postureEntities(tenant: Tenant): Entity[] {
  const { posture } = tenant;
  const single = [posture.settings, posture.guardianPolicies, posture.emailProvider].filter((entity) => entity !== undefined);
  const lists = [
    posture.attackProtection,
    posture.guardianFactors,
    posture.connections,
    posture.emailTemplates,
    posture.actions,
    posture.rules,
    posture.hooks,
    posture.pages,
  ];
  return [...single, ...lists.flat(), ...posture.logStreams, ...posture.eventStreams, ...posture.customDomains, ...posture.networkAcls];
}

/** The deploy-cli config next to an export or in a parent folder of the same repository copy. */
function findConfig(root: string, target: string): string | undefined {
  const segments = target.split('/');
  for (let depth = segments.length - (target.endsWith('.yaml') || target.endsWith('.yml') ? 1 : 0); depth >= 1; depth--) {
    for (const name of CONFIG_FILES) {
      const candidate = [...segments.slice(0, depth), name].join('/');
      if (existsSync(path.join(root, candidate))) return candidate;
    }
  }
  return undefined;
}

function jsonShape(file: string): 'dump' | 'responses' | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (isRecord(data) && ['clients', 'resource_servers', 'client_grants'].some((key) => Array.isArray(data[key]))) return 'dump';
  const entities = Array.isArray(data) ? data : [data];
  return entities.length > 0 && entities.every((entity) => collectionOf(entity) !== undefined) ? 'responses' : undefined;
}

function responsesAsDump(folder: string): ApiDump {
  const dump: ApiDump = { clients: [], resource_servers: [], client_grants: [] };
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.json') || jsonShape(path.join(folder, name)) !== 'responses') continue;
    const data: unknown = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
    for (const entity of Array.isArray(data) ? data : [data]) {
      // The same entity stands in a list fixture and in a single-entity fixture: keep it once.
      const collection = collectionOf(entity)!;
      const list = dump[collection] as Array<Record<string, unknown>>;
      if (!list.some((seen) => idOf(seen, collection) === idOf(entity as Record<string, unknown>, collection))) list.push(entity as Record<string, unknown>);
    }
  }
  return dump;
}

function collectionOf(entity: unknown): Collection | undefined {
  if (!isRecord(entity)) return undefined;
  if (typeof entity.audience === 'string') return 'client_grants';
  if (typeof entity.identifier === 'string') return 'resource_servers';
  if (typeof entity.client_id === 'string' && typeof entity.name === 'string') return 'clients';
  return undefined;
}

function relative(root: string, full: string): string {
  return path.relative(root, full).split(path.sep).join('/');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
