import type { SectionName } from './sections.js';
import type { InputError } from '../shared/errors.js';
import type { AuditCredentials, Origin } from './types.js';
/**
 * What every input form hands to the model: the loaders (files), live audits and any new form produce this, and
 * buildTenant turns it into the tenant model. The model owns the type so that it depends on no loader.
 */
/** How an input is written; a new input form (a loader) adds its name here. */
export type InputFormat = 'yaml' | 'directory' | 'api-dump' | 'terraform';
export interface RawEntity {
    readonly data: unknown;
    readonly origin: Origin;
}
export interface LoadedInput {
    readonly format: InputFormat;
    /** The path as given, for display and SARIF categories. */
    readonly path: string;
    /**
     * The whole input as one document. Exports, YAML or directory, have the YAML export's shape and keys (`tenant`,
     * `clients`, `connections`, `databases`, `actions`, `attackProtection`, ... as in deploy-cli's tenant.yaml), with
     * values deploy-cli reads from files of their own (action code, database scripts, rule and hook scripts, page
     * and email HTML) held as the files' text, so every form of one tenant gives the same document. API dumps and
     * live reads keep the Management API's names (`resource_servers`, `client_grants`).
     */
    readonly document: Readonly<Record<string, unknown>>;
    /** Where a value of `document` was read (its file and the pointer inside it), by its pointer in the document. */
    readonly originOf: (pointer: string) => Origin;
    readonly resourceServers: RawEntity[];
    readonly clients: RawEntity[];
    readonly clientGrants: RawEntity[];
    /** Unresolved keyword markers: where they stand in their file, and their pointer in `document`. */
    readonly markers: Array<{
        readonly marker: string;
        readonly origin: Origin;
        readonly document: string;
        readonly whole: boolean;
    }>;
    /** Literal secrets in the files (field name and place only, never the value). */
    readonly secrets: Array<{
        readonly field: string;
        readonly origin: Origin;
        readonly document: string;
    }>;
    /** A tenant domain the input states about itself (API dumps). */
    readonly domain?: string;
    /** Terraform only: values that cannot be known before `apply` (a variable without a default, say). */
    readonly unknowns?: ReadonlyArray<{
        readonly expression: string;
        readonly text: string;
        readonly why: string;
        readonly origin: Origin;
    }>;
    /**
     * Terraform only: the folders of .tf files read (absolute), and for plan or state JSON the configuration folder
     * its findings point into. A pull request's base is read from these.
     */
    readonly terraform?: {
        readonly folders: readonly string[];
        readonly configuration?: string;
    };
    /** Live audits only: the scopes of the token the tenant was read with. */
    readonly audit?: AuditCredentials;
    /** Live audits only: tenant sections that could not be read, and why (a missing read scope, say). */
    readonly unreadable?: ReadonlyMap<SectionName, string>;
    /** Problems with parts of the input; the rest was still read. Any error makes the run exit 2. */
    readonly errors: InputError[];
}
