/**
 * Deterministic synthetic tenants for the benchmark, in the three input forms a0lint reads:
 * a deploy-cli tenant.yaml, a deploy-cli directory export and a Management API dump.
 *
 * Every entity is a pure function of (seed, kind, index), so each form is written by streaming, without holding the
 * tenant in memory, and the three forms describe the same tenant. The mix is modelled on multi-tenant SaaS tenants:
 * one application per customer, a few shared APIs with many scopes, machine-to-machine grants per customer, a few
 * grants to the Management API, some APIs without a written access policy, some unresolved keyword markers. The
 * tenant's other parts (settings, attack protection, MFA, connections with scripts, email, actions with code, rules,
 * hooks, pages, log streams, custom domains, network ACLs) come from generate-posture.ts, sized with the tenant.
 */
import { createWriteStream, mkdirSync, rmSync, writeFileSync, existsSync, readFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { dumpPosture, POSTURE_SIZES, terraformPosture, writeDirectoryPosture, yamlPosture, type PostureSpec } from './generate-posture.js';
import type { Entities } from './generate-terraform.js';

export interface SizeSpec {
  readonly clients: number;
  readonly apis: number;
  readonly grants: number;
}

export const SIZES: Readonly<Record<string, SizeSpec>> = {
  S: { clients: 100, apis: 20, grants: 200 },
  M: { clients: 2_000, apis: 200, grants: 5_000 },
  L: { clients: 20_000, apis: 1_000, grants: 60_000 },
  XL: { clients: 100_000, apis: 2_000, grants: 300_000 },
};

export const SEED = 20_261_127;
/** Bump when the generated data changes, so stale outputs are rebuilt. */
const GENERATOR_VERSION = 7;
const TENANT_DOMAIN = 'bench-saas.eu.auth0.com';
const MANAGEMENT_AUDIENCE = `https://${TENANT_DOMAIN}/api/v2/`;

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function rngFor(kind: number, index: number): () => number {
  return random(Math.imul(SEED ^ (kind * 0x9e3779b1), 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function token(rng: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(rng() * ALPHABET.length)];
  return text;
}

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Soylent', 'Tyrell', 'Cyberdyne', 'Aperture'];
const SUFFIXES = ['Corp', 'GmbH', 'Ltd', 'Inc', 'AS', 'SA', 'BV', 'Oy'];
const PRODUCTS = ['Portal', 'Mobile', 'Sync Worker', 'Reporting', 'Admin', 'Integration', 'SSO', 'Billing Worker'];
const DOMAINS = ['billing', 'orders', 'catalog', 'reports', 'inventory', 'payments', 'audit', 'search', 'media', 'messaging'];
const VERBS = ['read', 'create', 'update', 'delete', 'export'];
const MGMT_SCOPES = ['read:users', 'update:users', 'read:clients', 'create:clients', 'read:client_grants', 'read:logs', 'read:users_app_metadata'];

/** Client names are unique (a customer number is part of them); deploy-cli grants refer to clients by name. */
export function clientName(index: number): string {
  const rng = rngFor(1, index);
  return `${pick(rng, COMPANIES)} ${pick(rng, SUFFIXES)} ${String(index).padStart(6, '0')} ${pick(rng, PRODUCTS)}`;
}

export function clientId(index: number): string {
  return token(rngFor(2, index), 32);
}

function apiName(index: number): string {
  return `${DOMAINS[index % DOMAINS.length]![0]!.toUpperCase()}${DOMAINS[index % DOMAINS.length]!.slice(1)} API ${index}`;
}

/** A few identifiers carry an unresolved keyword marker, as environment-templated exports do. */
function apiIdentifier(index: number): string {
  const domain = DOMAINS[index % DOMAINS.length];
  return index % 97 === 13 ? `https://${domain}-${index}.##ENV##.example-saas.com` : `https://${domain}-${index}.api.example-saas.com/`;
}

type Form = 'yaml' | 'directory' | 'dump';
type Json = Record<string, unknown>;

const appTypeOf = (kind: number): string => (kind < 0.55 ? 'non_interactive' : kind < 0.8 ? 'regular_web' : kind < 0.93 ? 'spa' : 'native');

function client(index: number, form: Form): Json {
  const rng = rngFor(3, index);
  const name = clientName(index);
  const slug = `c${index}`;
  const appType = appTypeOf(rng());
  const interactive = appType !== 'non_interactive';
  const data: Json = { name };
  if (form === 'dump') data.client_id = clientId(index);
  data.app_type = appType;
  if (interactive) {
    data.callbacks = [`https://${slug}.customers.example-saas.com/callback`, ...(rng() < 0.2 ? [`http://localhost:${3000 + (index % 50)}/callback`] : [])];
    data.allowed_logout_urls = [`https://${slug}.customers.example-saas.com/`];
    data.allowed_origins = appType === 'spa' ? [`https://${slug}.customers.example-saas.com`] : [];
    data.web_origins = appType === 'spa' ? [`https://${slug}.customers.example-saas.com`] : [];
  }
  if (interactive) {
    data.initiate_login_uri = `https://${slug}.customers.example-saas.com/login`;
    data.logo_uri = `https://cdn.example-saas.com/logos/${slug}.png`;
  }
  data.cross_origin_auth = false;
  data.custom_login_page_on = true;
  if (rng() < 0.6) data.description = `Application of customer ${index} (${pick(rng, COMPANIES)}), onboarded in batch ${index % 37}`;
  data.grant_types = interactive
    ? appType === 'regular_web' && rng() < 0.1
      ? ['authorization_code', 'implicit', 'password', 'refresh_token']
      : ['authorization_code', 'refresh_token']
    : ['client_credentials'];
  data.is_first_party = rng() < 0.9;
  data.is_token_endpoint_ip_header_trusted = false;
  data.jwt_configuration = { alg: rng() < 0.05 ? 'HS256' : 'RS256', lifetime_in_seconds: 36_000, secret_encoded: false };
  data.native_social_login = { apple: { enabled: false }, facebook: { enabled: false }, google: { enabled: false } };
  data.oidc_conformant = true;
  data.organization_require_behavior = 'no_prompt';
  data.organization_usage = 'deny';
  data.require_pushed_authorization_requests = false;
  if (interactive) {
    data.refresh_token = {
      expiration_type: rng() < 0.3 ? 'non-expiring' : 'expiring',
      leeway: 0,
      infinite_token_lifetime: false,
      rotation_type: rng() < 0.3 ? 'non-rotating' : 'rotating',
      token_lifetime: 2_592_000,
    };
  }
  data.sso_disabled = false;
  data.token_endpoint_auth_method = appType === 'spa' || appType === 'native' ? 'none' : pick(rng, ['client_secret_post', 'client_secret_basic']);
  if (rng() < 0.3) data.client_metadata = { customer_id: String(100_000 + index), plan: pick(rng, ['free', 'team', 'enterprise']) };
  return data;
}

function resourceServer(index: number, form: Form): Json {
  const rng = rngFor(4, index);
  const data: Json = { name: apiName(index), identifier: apiIdentifier(index) };
  if (form === 'dump') data.id = token(rng, 24).toLowerCase();
  data.allow_offline_access = rng() < 0.3;
  data.enforce_policies = rng() < 0.5;
  const domain = DOMAINS[index % DOMAINS.length];
  const scopeCount = 4 + Math.floor(rng() * 16);
  data.scopes = Array.from({ length: scopeCount }, (_, at) => ({
    value: `${VERBS[at % VERBS.length]}:${domain}${at >= VERBS.length ? `_${Math.floor(at / VERBS.length)}` : ''}`,
    description: `${VERBS[at % VERBS.length]} access to ${domain} resources, part ${Math.floor(at / VERBS.length)}`,
  }));
  data.signing_alg = 'RS256';
  data.skip_consent_for_verifiable_first_party_clients = true;
  // Access policies: written out for most APIs, absent (Auth0's defaults) for the rest, now and then permissive.
  const policy = rng();
  if (policy < 0.55) {
    data.subject_type_authorization = { user: { policy: 'require_client_grant' }, client: { policy: 'require_client_grant' } };
  } else if (policy < 0.65) {
    data.subject_type_authorization = { user: { policy: 'allow_all' }, client: { policy: 'require_client_grant' } };
  } else if (policy < 0.7) {
    data.subject_type_authorization = { user: { policy: 'deny_all' }, client: { policy: rng() < 0.5 ? 'deny_all' : 'require_client_grant' } };
  } else if (policy < 0.75) {
    data.subject_type_authorization = { client: { policy: 'require_client_grant' } };
  }
  data.token_dialect = pick(rng, ['access_token', 'access_token_authz']);
  data.token_lifetime = 86_400;
  data.token_lifetime_for_web = 7_200;
  return data;
}

/** Grant `index` belongs to client `index % clients`, so every client gets about grants/clients grants. */
function grant(index: number, spec: SizeSpec, form: Form): Json {
  const rng = rngFor(5, index);
  const owner = index % spec.clients;
  const round = Math.floor(index / spec.clients);
  const toManagement = index % 211 === 7;
  const api = (owner * 7 + round * 13) % spec.apis;
  const data: Json = {};
  if (form === 'dump') data.id = `cgr_${token(rng, 16)}`;
  data.client_id = form === 'dump' ? clientId(owner) : clientName(owner);
  data.audience = toManagement ? MANAGEMENT_AUDIENCE : apiIdentifier(api);
  // Machine-to-machine applications get client grants; interactive ones get user grants (and say so). A few
  // grants do not match their application's type, as drift in real tenants does.
  const machine = appTypeOf(rngFor(3, owner)()) === 'non_interactive';
  const matching = rng() < 0.97;
  if (machine === matching) {
    if (rng() < 0.15) data.subject_type = 'client';
  } else if (!toManagement) data.subject_type = 'user';
  if (toManagement) {
    data.scope = MGMT_SCOPES.slice(0, 1 + Math.floor(rng() * MGMT_SCOPES.length));
  } else {
    const domain = DOMAINS[api % DOMAINS.length];
    const scopes = 1 + Math.floor(rng() * 4);
    data.scope = Array.from({ length: scopes }, (_, at) => `${VERBS[at % VERBS.length]}:${domain}`);
  }
  return data;
}

/** Grants whose (client, API, subject type) repeat are dropped: Auth0 keeps one grant per triple. */
function grantIndexes(spec: SizeSpec): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  for (let index = 0; index < spec.grants; index++) {
    const data = grant(index, spec, 'yaml');
    const key = `${data.client_id as string}|${data.audience as string}|${(data.subject_type as string | undefined) ?? 'client'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(index);
  }
  return kept;
}

/** The tenant as an API dump held in memory, for tests that need realistic data of a given size. */
export function dumpOf(spec: SizeSpec): Json {
  const grants = grantIndexes(spec);
  return {
    domain: TENANT_DOMAIN,
    resource_servers: Array.from({ length: spec.apis }, (_, index) => resourceServer(index, 'dump')),
    clients: Array.from({ length: spec.clients }, (_, index) => client(index, 'dump')),
    client_grants: grants.map((index) => grant(index, spec, 'dump')),
  };
}

/** The tenant's applications, APIs and grants as a Terraform configuration in `folder`, for tests of a given size. */
export async function writeTerraformOf(spec: SizeSpec, folder: string): Promise<void> {
  const { writeTerraform } = await import('./generate-terraform.js');
  writeTerraform(folder, spec, grantIndexes(spec), terraformEntities(spec));
}

function terraformEntities(spec: SizeSpec): Entities {
  return {
    client: (index) => client(index, 'yaml'),
    resourceServer: (index) => resourceServer(index, 'yaml'),
    grant: (index) => grant(index, spec, 'yaml'),
  };
}

class Writer {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private size = 0;
  constructor(file: string) {
    this.stream = createWriteStream(file);
  }
  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

function yamlItem(data: Json): string {
  // deploy-cli writes the export with js-yaml's dump; its sequences sit two spaces under their key.
  return dump([data], { lineWidth: -1 }).replace(/^(?=.)/gm, '  ');
}

async function writeYaml(file: string, spec: SizeSpec, grants: readonly number[], posture: PostureSpec): Promise<void> {
  const out = new Writer(file);
  // Code, scripts and HTML go to the files the export names beside tenant.yaml, as deploy-cli writes them.
  await out.write(dump(yamlPosture(posture, path.dirname(file)), { lineWidth: -1 }));
  await out.write('clients:\n');
  for (let i = 0; i < spec.clients; i++) await out.write(yamlItem(client(i, 'yaml')));
  await out.write('resourceServers:\n');
  for (let i = 0; i < spec.apis; i++) await out.write(yamlItem(resourceServer(i, 'yaml')));
  await out.write('clientGrants:\n');
  for (const i of grants) await out.write(yamlItem(grant(i, spec, 'yaml')));
  await out.close();
}

async function writeDump(file: string, spec: SizeSpec, grants: readonly number[], posture: PostureSpec): Promise<void> {
  const out = new Writer(file);
  const item = (data: Json, last: boolean): string => `    ${JSON.stringify(data, null, 2).replace(/\n/g, '\n    ')}${last ? '' : ','}\n`;
  await out.write(`{\n  "domain": "${TENANT_DOMAIN}",\n  "resource_servers": [\n`);
  for (let i = 0; i < spec.apis; i++) await out.write(item(resourceServer(i, 'dump'), i === spec.apis - 1));
  await out.write('  ],\n  "clients": [\n');
  for (let i = 0; i < spec.clients; i++) await out.write(item(client(i, 'dump'), i === spec.clients - 1));
  await out.write('  ],\n  "client_grants": [\n');
  for (let at = 0; at < grants.length; at++) await out.write(item(grant(grants[at]!, spec, 'dump'), at === grants.length - 1));
  await out.write('  ]');
  for (const [key, value] of Object.entries(dumpPosture(posture)))
    await out.write(`,\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
  await out.write('\n}\n');
  await out.close();
}

/** deploy-cli's `sanitize`: characters illegal in file names become `-`. */
// eslint-disable-next-line no-control-regex -- control characters are among the illegal ones
const sanitize = (name: string): string => name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-');

function writeDirectory(folder: string, spec: SizeSpec, grants: readonly number[], posture: PostureSpec): void {
  writeDirectoryPosture(posture, folder);
  const write = (sub: string, name: string, data: Json): void =>
    writeFileSync(path.join(folder, sub, `${sanitize(name)}.json`), `${JSON.stringify(data, null, 2)}\n`);
  for (const sub of ['clients', 'resource-servers', 'grants']) mkdirSync(path.join(folder, sub), { recursive: true });
  for (let i = 0; i < spec.clients; i++) write('clients', clientName(i), client(i, 'directory'));
  const apiNames = new Map<string, string>();
  for (let i = 0; i < spec.apis; i++) {
    write('resource-servers', apiName(i), resourceServer(i, 'directory'));
    apiNames.set(apiIdentifier(i), apiName(i));
  }
  for (const i of grants) {
    const data = grant(i, spec, 'directory');
    const audience = data.audience as string;
    const suffix = data.subject_type === undefined ? '' : `-${data.subject_type as string}`;
    write('grants', `${data.client_id as string}-${apiNames.get(audience) ?? audience}${suffix}`, data);
  }
}

export interface GeneratedTenant {
  readonly size: string;
  readonly yaml: string;
  readonly directory: string;
  readonly dump: string;
  /** The same tenant as a Terraform configuration of the auth0 provider (a folder of .tf files). */
  readonly terraform: string;
}

/** Writes (or reuses) the three forms of one size under `root`. */
export async function generate(size: string, root: string, log: (line: string) => void = () => {}): Promise<GeneratedTenant> {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}; expected one of ${Object.keys(SIZES).join(', ')}`);
  const folder = path.join(root, size);
  const result = {
    size,
    yaml: path.join(folder, 'tenant.yaml'),
    directory: path.join(folder, 'directory'),
    dump: path.join(folder, 'dump.json'),
    terraform: path.join(folder, 'terraform'),
  };
  const stamp = path.join(folder, 'generated.json');
  const expected = JSON.stringify({ version: GENERATOR_VERSION, seed: SEED, spec, posture: POSTURE_SIZES[size] });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return result;
  log(`generating ${size} (${spec.clients} clients, ${spec.apis} APIs, ${spec.grants} grants) in ${folder}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const grants = grantIndexes(spec);
  const posture = POSTURE_SIZES[size]!;
  await writeYaml(result.yaml, spec, grants, posture);
  await writeDump(result.dump, spec, grants, posture);
  writeDirectory(result.directory, spec, grants, posture);
  const { writeTerraform } = await import('./generate-terraform.js');
  writeTerraform(result.terraform, spec, grants, terraformEntities(spec));
  writeFileSync(path.join(result.terraform, 'posture.tf'), terraformPosture(posture));
  writeFileSync(stamp, expected);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[2] ?? 'S,M,L').split(',');
  for (const size of sizes) await generate(size, path.join(import.meta.dirname, 'out'), console.log);
}
