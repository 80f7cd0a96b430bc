import type { Policy } from '../model/types.js';
import type { ReasonCode } from './reasons.js';

/** Who a token is for: an end user (every flow except client credentials), the application itself, an anonymous session. */
export type AccessSubject = 'user' | 'client' | 'anonymous_user';

export const ACCESS_SUBJECTS: readonly AccessSubject[] = ['user', 'client', 'anonymous_user'];

export interface AccessReason {
  readonly code: ReasonCode;
  readonly text: string;
}

/**
 * Which applications stand behind a `"*"` entry: every first-party application that can use the flow (an
 * `allow_all` policy), or every third-party application without its own grant (a `default_for` grant).
 */
export type AccessGroup = 'first_party' | 'third_party';

/** One row of the access map: an application (or a group of them), an API, a subject type, and the verdict. */
export interface AccessEntry {
  /** The API's identifier. */
  readonly api: string;
  readonly apiName?: string;
  readonly subjectType: AccessSubject;
  /** The client key used in findings (client_id, else name, else the grant's reference), or `*` for a group. */
  readonly client: string;
  readonly clientName?: string;
  /** Only for `*` entries: which applications, and how many of them the data holds. */
  readonly group?: AccessGroup;
  readonly count?: number;
  /** Whether a token can be obtained. */
  readonly allowed: boolean;
  /** The scopes the token may carry at most: a list, or every scope the API defines (now and later). */
  readonly scopes: readonly string[] | 'all';
  readonly reasons: readonly AccessReason[];
}

export interface PolicyView {
  /** `unknown` when the data does not say and no documented default applies (a system API in an export). */
  readonly policy: Policy | 'unknown';
  /** Written in the data, or a default. */
  readonly explicit: boolean;
}

export interface ApiAccess {
  readonly api: string;
  readonly apiName?: string;
  readonly system: boolean;
  readonly managementApi: boolean;
  /** False when only grants name the audience (the Management API in an export, or a dangling audience). */
  readonly inData: boolean;
  readonly policies: Readonly<Partial<Record<AccessSubject, PolicyView>>>;
}

/** The applications a group entry stands for, by client key and by name, so that a diff can tell who a group covers. */
export interface GroupMembers {
  has(client: { readonly client: string; readonly clientName?: string }): boolean;
}

export interface AccessMap {
  readonly apis: readonly ApiAccess[];
  readonly entries: readonly AccessEntry[];
  /** Members of the `*` entries, per group and subject type. */
  members(group: AccessGroup, subject: AccessSubject): GroupMembers;
}
