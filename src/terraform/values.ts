/**
 * Values of Terraform expressions as a0lint evaluates them without running Terraform. What cannot be known before
 * `apply` (a variable without a default, an attribute Auth0 computes, a function a0lint does not evaluate) is an
 * Unknown, never a missing value: rules then say they could not decide instead of passing it.
 */
export class Unknown {
  constructor(
    /** The value as written, with each unknown part as `${expression}`: what findings and the model show. */
    readonly text: string,
    /** The first part that could not be known, as written (`var.domain`). */
    readonly cause: string,
    /** Why, in a few words ("a variable without a default"). */
    readonly why: string,
  ) {}
}

/** An attribute of a managed resource that only Auth0 knows (`client_id`, `id`): unknown, but it names the resource. */
export class ComputedAttribute extends Unknown {
  constructor(
    expression: string,
    readonly address: string,
    readonly type: string,
    readonly attribute: string,
  ) {
    super(
      `\${${expression}}`,
      expression,
      type.startsWith('auth0_') ? 'an attribute Auth0 sets when the resource is created' : 'an attribute set when the resource is created',
    );
  }
}

export function unknown(expression: string, why: string): Unknown {
  return new Unknown(`\${${expression}}`, expression, why);
}

/** The first Unknown anywhere inside a value, or undefined when all of it is known. */
export function firstUnknown(value: unknown, depth = 0): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (depth > 64 || typeof value !== 'object' || value === null) return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = firstUnknown(item, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}
