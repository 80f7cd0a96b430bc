import type { HclNode as Node } from './hcl-tree.js';
/** A name that is not a value by itself: `var`, `local`, `auth0_client`, `module.x`; an attribute selects in it. */
export declare class Namespace {
    readonly get: (name: string, expression: string) => unknown;
    constructor(get: (name: string, expression: string) => unknown);
}
/** What names mean where an expression stands: the module's variables, locals, resources, and bound iterators. */
export interface Scope {
    /** The value of a root name (`var`, `each`, `auth0_client`, a `for` iterator); undefined when it means nothing. */
    root(name: string): unknown;
    /** The same scope with more names bound (`for` iterators, `dynamic` block iterators). */
    with(bindings: Readonly<Record<string, unknown>>): Scope;
}
/** Evaluates an HCL expression node to a plain value, an Unknown, or a Namespace. Never throws on odd input. */
export declare function evaluate(node: Node, scope: Scope, source: string): unknown;
/** An attribute of a value: a name in a namespace, a field of an object; unknown stays unknown. */
export declare function getAttr(value: unknown, name: string, text: string): unknown;
