import type { TextRange } from '../model/types.js';
import { type Scope } from './evaluate.js';
import type { HclNode as Node } from './hcl-tree.js';
import type { HclFile } from './parser.js';
/** A place in a .tf file: the file and the node, turned into a range only when a finding needs it. */
export interface HclPlace {
    readonly file: HclFile;
    readonly node: Node;
}
/** One instance of a resource or data block (one per `count` index or `for_each` key), evaluated. */
export interface ResourceInstance {
    /** Terraform's address: `module.auth0.auth0_client.apps["web"]`. */
    readonly address: string;
    readonly mode: 'managed' | 'data';
    readonly type: string;
    readonly name: string;
    /** The block's file. */
    readonly file: HclFile;
    /** Attribute values in the shape `terraform show -json` prints them: nested blocks as lists of objects. */
    values(): Record<string, unknown>;
    /** Where a value (a JSON pointer into values()) is written; the closest written parent otherwise. */
    place(pointer: string): HclPlace;
}
/** The declarations of one module folder, read from its .tf files. */
export interface ModuleSource {
    /** The folder, for display and to resolve child module sources. */
    readonly dir: string;
    readonly files: readonly HclFile[];
    /** Values from terraform.tfvars and *.auto.tfvars (root module only). */
    readonly tfvars?: ReadonlyMap<string, {
        readonly value: unknown;
    }>;
}
export interface ModuleCallSite {
    readonly name: string;
    /** `source` as written. */
    readonly source: unknown;
    readonly block: HclPlace;
}
/** Reads child modules' folders: a local path, or a module `terraform init` downloaded. Undefined when it cannot. */
export type ModuleResolver = (parent: ModuleSource, call: ModuleCallSite, keyPath: readonly string[]) => ModuleSource | undefined;
/**
 * One module instance (the root, or a `module` block for one count index or for_each key): its names, resolved
 * lazily and once. A reference cycle gives an Unknown instead of recursing forever.
 */
export declare class ModuleInstance {
    readonly source: ModuleSource;
    /** `module.auth0.` (with an index when the call has count or for_each); empty for the root module. */
    readonly prefix: string;
    /** Module keys from the root, as .terraform/modules/modules.json names them. */
    readonly keyPath: readonly string[];
    private readonly inputs;
    private readonly resolve;
    private readonly decl;
    private readonly memo;
    private readonly instancesMemo;
    private readonly resourceValueMemo;
    private readonly childMemo;
    /** Child module blocks that could not be read (a registry module before `terraform init`). */
    readonly unreadModules: Array<{
        call: ModuleCallSite;
        reason: string;
    }>;
    /** The tenant domain from the root module's auth0 provider, shared by every module instance. */
    tenantDomain: () => string | undefined;
    constructor(source: ModuleSource, 
    /** `module.auth0.` (with an index when the call has count or for_each); empty for the root module. */
    prefix: string, 
    /** Module keys from the root, as .terraform/modules/modules.json names them. */
    keyPath: readonly string[], inputs: ReadonlyMap<string, () => unknown>, resolve: ModuleResolver);
    readonly scope: Scope;
    scopeWith(bindings: Readonly<Record<string, unknown>>): Scope;
    private root;
    private typesMemo;
    private resourceTypes;
    private once;
    variable(name: string, text: string): unknown;
    local(name: string, text: string): unknown;
    evaluateIn(node: Node, file: HclFile, scope: Scope): unknown;
    private moduleValue;
    output(name: string, text: string): unknown;
    private resourceValue;
    /** Every resource and data instance of this module and its children, in file order. */
    allInstances(): ResourceInstance[];
    /** Module blocks anywhere below this one that could not be read. */
    allUnreadModules(): Array<{
        call: ModuleCallSite;
        reason: string;
    }>;
    private instances;
    private childModules;
    /**
     * One item per instance a block's `count` or `for_each` makes. When their value is unknown, one instance stands
     * for all of them, with `count.index` / `each` unknown: its settings are still checked.
     */
    private expand;
}
export declare function topBlocks(root: Node): Node[];
/** The attributes and blocks of a block's body (or of a config file's body). */
export declare function bodyItems(block: Node, only?: 'attribute' | 'block'): Node[];
export declare function attributeName(attribute: Node): string;
export declare function attributeValue(attribute: Node): Node;
export declare function blockType(block: Node): string;
/** A block's labels, quoted or bare: `resource "auth0_client" "web"` → [auth0_client, web]. */
export declare function blockLabels(block: Node): string[];
/** A place as a file range: a multi-line value is reported by its first line, so an annotation marks one line. */
export declare function rangeOfPlace(place: HclPlace): TextRange;
