/**
 * The tenant model every rule sees. Entities keep the Management API's snake_case field names as written in
 * the input; derived facts (resolved references, effective policies) live beside them, computed once.
 */
import type { SectionName } from './sections.js';
export type EntityKind = 'resourceServer' | 'client' | 'clientGrant' | PostureKind;
/** Kinds of the tenant's other parts (see posture.ts). */
export type PostureKind = 'tenant' | 'attackProtection' | 'guardianFactor' | 'guardianPolicies' | 'connection' | 'emailProvider' | 'emailTemplate' | 'action' | 'rule' | 'hook' | 'page' | 'logStream' | 'eventStream' | 'customDomain' | 'networkAcl';
export type SubjectType = 'user' | 'client';
export type Policy = 'allow_all' | 'require_client_grant' | 'deny_all';
/** Auth0's own APIs that a0lint knows by their identifier on the tenant's host. */
export type SystemApiKind = 'management' | 'my-account' | 'my-organization';
/** Why a client is public: its app type runs on users' devices, or it does not authenticate at the token endpoint. */
export type PublicBecause = 'app_type' | 'token_endpoint_auth_method';
/** A place an input came from: a file (with a lazy locator) or a Management API endpoint. */
export interface Source {
    /** Path relative to the working directory, with forward slashes; absent for live data. */
    readonly file?: string;
    /** For live data: the endpoint the entity was read from, e.g. `GET /api/v2/clients`. */
    readonly endpoint?: string;
    /**
     * Finds the text range of the value at a JSON pointer, falling back to the closest existing parent. With
     * `needle`, a one-line range narrows to where that text stands inside it (a keyword marker inside a URL, say).
     */
    locate?(pointer: string, needle?: string): TextRange | undefined;
}
export interface TextRange {
    /** 1-based. */
    readonly startLine: number;
    readonly startColumn: number;
    readonly endLine: number;
    /** 1-based and exclusive, as in SARIF: the column just after the last character. */
    readonly endColumn: number;
    /** The file, when it is not the source's own (a Terraform client whose credentials are set in another .tf file). */
    readonly file?: string;
}
/** Where an entity (or any value) was read from: a source and a JSON pointer inside it. */
export interface Origin {
    readonly source: Source;
    readonly pointer: string;
}
/** Raw field types as the Management API documents them; values from files are not guaranteed to match. */
export interface ResourceServerData {
    readonly id?: unknown;
    readonly name?: unknown;
    readonly identifier?: unknown;
    readonly is_system?: unknown;
    readonly scopes?: unknown;
    readonly signing_alg?: unknown;
    readonly signing_secret?: unknown;
    readonly token_lifetime?: unknown;
    readonly token_lifetime_for_web?: unknown;
    readonly subject_type_authorization?: unknown;
    readonly [field: string]: unknown;
}
export interface ClientData {
    readonly client_id?: unknown;
    readonly name?: unknown;
    readonly app_type?: unknown;
    readonly grant_types?: unknown;
    readonly token_endpoint_auth_method?: unknown;
    readonly is_first_party?: unknown;
    readonly client_secret?: unknown;
    readonly [field: string]: unknown;
}
export interface ClientGrantData {
    readonly id?: unknown;
    readonly client_id?: unknown;
    readonly audience?: unknown;
    readonly scope?: unknown;
    readonly subject_type?: unknown;
    readonly allow_all_scopes?: unknown;
    readonly default_for?: unknown;
    readonly [field: string]: unknown;
}
interface EntityBase<K extends EntityKind, D> {
    readonly kind: K;
    /** Stable key: an API's identifier; a client's client_id, else its name; a grant's `client|audience|subject`. */
    readonly key: string;
    readonly name?: string;
    readonly data: D;
    readonly origin: Origin;
}
export interface EffectivePolicy {
    /** The policy in force, or undefined when the data holds an invalid value (valid-access-policy reports it). */
    readonly policy: Policy | undefined;
    /** True when written in the data, false when Auth0's default applies. */
    readonly explicit: boolean;
}
export interface ResourceServer extends EntityBase<'resourceServer', ResourceServerData> {
    readonly identifier: string | undefined;
    readonly isSystem: boolean;
    readonly isManagementApi: boolean;
    /** Which of Auth0's known system APIs this is (the Management, My Account or My Organization API), if any. */
    readonly systemApi: SystemApiKind | undefined;
    /** Scope values the API defines (`scopes[].value`). */
    readonly scopes: ReadonlySet<string>;
    readonly policy: Readonly<Record<SubjectType, EffectivePolicy>>;
}
export interface Client extends EntityBase<'client', ClientData> {
    readonly clientId: string | undefined;
    readonly appType: string | undefined;
    /** undefined when the field is absent (Auth0 then applies app-type defaults). */
    readonly grantTypes: readonly string[] | undefined;
    /**
     * Why the client is public (it cannot keep a secret or does not authenticate at the token endpoint), decided once
     * here for every rule; undefined for a confidential client or when the data does not say.
     */
    readonly publicBecause: PublicBecause | undefined;
    /** `is_first_party: false`: a third-party application (Auth0's default is first party). */
    readonly thirdParty: boolean;
}
export interface ClientGrant extends EntityBase<'clientGrant', ClientGrantData> {
    /** The client reference as written (an id or, in deploy-cli exports, a name). */
    readonly clientRef: string | undefined;
    readonly audience: string | undefined;
    readonly subjectType: string;
    readonly scopes: readonly string[];
    readonly allowAllScopes: boolean;
    readonly defaultFor: string | undefined;
    /** Resolved once in the model, by client_id or by client name. */
    readonly client: Client | undefined;
    /** The API whose identifier equals the audience, when the data holds it. */
    readonly api: ResourceServer | undefined;
    readonly toManagementApi: boolean;
    /** Which of Auth0's known system APIs the audience names, from the API in the data or else from the audience. */
    readonly toSystemApi: SystemApiKind | undefined;
}
/**
 * Code or HTML as the model holds it: the text, and where it stands (inside the export's file for inline values,
 * or inside a file of its own for what deploy-cli writes to `actions/<name>/code.js`, `pages/*.html`, ...).
 */
export interface CodeText {
    readonly text: string;
    readonly origin: Origin;
    /** The code is not known before it is deployed (Terraform's `file()`, a data source): `text` is the expression. */
    readonly unknown?: true;
}
/**
 * One part of the tenant beyond APIs, applications and grants. `data` is the part as written, without secret
 * values: those are dropped at reading, and `secretFields` keeps the pointers (inside the entity) where one was.
 */
export interface PostureEntity<K extends PostureKind = PostureKind> extends EntityBase<K, Readonly<Record<string, unknown>>> {
    readonly secretFields: readonly string[];
}
export interface TenantSettings extends PostureEntity<'tenant'> {
    readonly flags: Readonly<Record<string, unknown>>;
}
/** One part of attack protection: brute force, breached passwords, suspicious IP throttling, bot detection, captcha. */
export interface AttackProtectionPart extends PostureEntity<'attackProtection'> {
    readonly part: 'bruteForceProtection' | 'breachedPasswordDetection' | 'suspiciousIpThrottling' | 'botDetection' | 'captcha';
}
export interface Connection extends PostureEntity<'connection'> {
    readonly strategy: string | undefined;
    /** Auth0 database connections (strategy `auth0`): deploy-cli's `databases`. */
    readonly isDatabase: boolean;
    /** Custom database scripts by name (`login`, `get_user`, ...): the text when it could be read. */
    readonly scripts: ReadonlyMap<string, CodeText | undefined>;
}
export interface CodeEntity<K extends 'action' | 'rule' | 'hook' | 'page' | 'emailTemplate'> extends PostureEntity<K> {
    /** The code (actions), script (rules, hooks), HTML (pages) or body (email templates); undefined when not readable. */
    readonly code: CodeText | undefined;
}
export interface Posture {
    /** Sections the input holds (deploy-cli's YAML names): only their rules run. */
    readonly known: ReadonlySet<SectionName>;
    /** Sections a live audit could not read, and why. */
    readonly unreadable: ReadonlyMap<SectionName, string>;
    readonly settings: TenantSettings | undefined;
    readonly attackProtection: readonly AttackProtectionPart[];
    readonly guardianFactors: ReadonlyArray<PostureEntity<'guardianFactor'>>;
    readonly guardianPolicies: PostureEntity<'guardianPolicies'> | undefined;
    /** Database and other connections, in input order. */
    readonly connections: readonly Connection[];
    readonly emailProvider: PostureEntity<'emailProvider'> | undefined;
    readonly emailTemplates: ReadonlyArray<CodeEntity<'emailTemplate'>>;
    readonly actions: ReadonlyArray<CodeEntity<'action'>>;
    readonly rules: ReadonlyArray<CodeEntity<'rule'>>;
    readonly hooks: ReadonlyArray<CodeEntity<'hook'>>;
    readonly pages: ReadonlyArray<CodeEntity<'page'>>;
    readonly logStreams: ReadonlyArray<PostureEntity<'logStream'>>;
    readonly eventStreams: ReadonlyArray<PostureEntity<'eventStream'>>;
    readonly customDomains: ReadonlyArray<PostureEntity<'customDomain'>>;
    readonly networkAcls: ReadonlyArray<PostureEntity<'networkAcl'>>;
    /** Where a section stands in the input, for findings about the section as a whole (nothing enabled in it, say). */
    readonly sectionOrigin: (section: SectionName) => Origin | undefined;
}
export type Entity = ResourceServer | Client | ClientGrant | PostureEntity;
/** A deploy-cli keyword marker (`##KEY##`, `@@KEY@@`) left unresolved after mappings were applied. */
export interface UnresolvedKeyword {
    readonly marker: string;
    readonly origin: Origin;
    /** The entity holding the marker, and the pointer inside it; absent for tenant settings and other sections. */
    readonly entity?: Entity;
    /** Inside the entity; without an entity, the same as `document`. */
    readonly path: string;
    /** Where the marker stands in the export's document (the YAML export's shape), the same in every export form. */
    readonly document: string;
    /** The marker is the field's whole value (deploy-cli leaves such a field out when nothing resolves it). */
    readonly whole: boolean;
    /** What a rule checks in the field the marker stands in (see checked-fields.ts); undefined when no rule reads it. */
    readonly checks: string | undefined;
}
/** A Terraform value a0lint cannot know before `apply`: rules that need it do not decide on it. */
export interface UnknownValue {
    /** The part that could not be known, as written (`var.domain`). */
    readonly expression: string;
    /** The whole value with unknown parts as `${...}`. */
    readonly text: string;
    /** Why it cannot be known ("a variable without a default"). */
    readonly why: string;
    readonly origin: Origin;
    readonly entity?: Entity;
    readonly path: string;
}
/** A literal secret value found in the input. Only the field name is kept, never the value. */
export interface SecretField {
    readonly field: string;
    readonly entity?: Entity;
    /** Inside the entity; without an entity, the same as `document`. */
    readonly path: string;
    /** Where the secret stands in the export's document, the same in every export form. */
    readonly document: string;
    readonly origin: Origin;
}
export type DomainSource = 'option' | 'system-api' | 'live' | 'dump' | 'grant-audience';
/** The credentials a live audit read the tenant with: the scopes its token holds, for audit-credentials-read-only. */
export interface AuditCredentials {
    /** undefined when the token does not state them (an opaque token without a scope in the token response). */
    readonly scopes: readonly string[] | undefined;
    readonly from: 'token-response' | 'token-claims' | 'unknown';
    /** Where the token came from, e.g. `POST /oauth/token`; findings about it point there. */
    readonly endpoint: string;
}
/**
 * The tenant domain (given or derived) names no Management API the data holds, while the data holds one or more
 * `is_system` Management APIs on other hosts (a custom domain given, a typo): those are still treated as the
 * Management API, and the run says so instead of falling silent.
 */
export interface DomainMismatch {
    readonly domain: string;
    readonly domainSource: DomainSource;
    /** The identifiers of the Management APIs in the data. */
    readonly managementApis: readonly string[];
}
/**
 * What kind of data the tenant was read from: `export` for deploy-cli exports (which drop the Management API and
 * some fields), `api` for what the Management API returned (an API dump or a live read), which carries every field.
 */
export type DataForm = 'export' | 'api';
export interface Tenant {
    readonly form: DataForm;
    /** The canonical tenant domain, when known, and where it came from. */
    readonly domain: string | undefined;
    readonly domainSource: DomainSource | undefined;
    /** Set when the domain matches none of the data's Management APIs; see DomainMismatch. */
    readonly domainMismatch?: DomainMismatch;
    readonly resourceServers: readonly ResourceServer[];
    readonly clients: readonly Client[];
    readonly clientGrants: readonly ClientGrant[];
    readonly unresolvedKeywords: readonly UnresolvedKeyword[];
    /** Terraform values only known at apply time. */
    readonly unknownValues: readonly UnknownValue[];
    readonly secrets: readonly SecretField[];
    /** Only for live audits: what the audit's own token may do. */
    readonly audit?: AuditCredentials;
    /** The tenant's other parts: settings, attack protection, MFA, connections, code, email, streams, domains, ACLs. */
    readonly posture: Posture;
    apiByAudience(audience: string): ResourceServer | undefined;
    clientByRef(ref: string): Client | undefined;
    grantsOfApi(api: ResourceServer): readonly ClientGrant[];
    grantsOfClient(client: Client): readonly ClientGrant[];
    isManagementApiAudience(audience: string): boolean;
}
export {};
