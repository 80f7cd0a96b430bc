/**
 * Values of Terraform expressions as a0lint evaluates them without running Terraform. What cannot be known before
 * `apply` (a variable without a default, an attribute Auth0 computes, a function a0lint does not evaluate) is an
 * Unknown, never a missing value: rules then say they could not decide instead of passing it.
 */
export declare class Unknown {
    /** The value as written, with each unknown part as `${expression}`: what findings and the model show. */
    readonly text: string;
    /** The first part that could not be known, as written (`var.domain`). */
    readonly cause: string;
    /** Why, in a few words ("a variable without a default"). */
    readonly why: string;
    constructor(
    /** The value as written, with each unknown part as `${expression}`: what findings and the model show. */
    text: string, 
    /** The first part that could not be known, as written (`var.domain`). */
    cause: string, 
    /** Why, in a few words ("a variable without a default"). */
    why: string);
}
/** An attribute of a managed resource that only Auth0 knows (`client_id`, `id`): unknown, but it names the resource. */
export declare class ComputedAttribute extends Unknown {
    readonly address: string;
    readonly type: string;
    readonly attribute: string;
    constructor(expression: string, address: string, type: string, attribute: string);
}
export declare function unknown(expression: string, why: string): Unknown;
/** The first Unknown anywhere inside a value, or undefined when all of it is known. */
export declare function firstUnknown(value: unknown, depth?: number): Unknown | undefined;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
