import { Ajv, type ValidateFunction } from 'ajv';
import { printable } from '../shared/printable.js';
import { defineRule, type AnyRule, type Category, type Severity } from '../engine/rule.js';
import type { LocatedDocument } from '../config/located-document.js';
import { errorAt } from '../config/located-document.js';
import { joinPointer } from '../model/pointer.js';
import { LINEAR_REGEXP_ENGINE } from '../config/linear-regex.js';
import { text as markdownText } from '../shared/markdown-text.js';
import { checkSchema } from './schema-guard.js';
import { entitiesOf, MESSAGE_FIELDS, messageData, viewOf, type Collection } from './views.js';

/** One rule as written in a rule file, after the file passed its schema. */
export interface CustomRuleSpec {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly collection: Collection;
  readonly message: string;
  readonly docs?: string;
  readonly tags?: readonly string[];
  readonly securitySeverity?: number;
  readonly where?: object | boolean;
  readonly assert: object | boolean;
}

const CATEGORY: Readonly<Record<Collection, Category>> = { resourceServers: 'apis', clients: 'clients', clientGrants: 'client-grants' };
const SECURITY_SEVERITY: Readonly<Record<Severity, number>> = { error: 7.0, warning: 5.0, note: 2.0 };

/**
 * One ajv instance for all predicates: unknown keywords and formats are errors (never silently ignored), no
 * loadSchema (a $ref can never fetch), first error only (evaluation stops early), no $data, nothing logged.
 * Type strictness is relaxed: `properties` without `type: object` is how people write predicates.
 */
let predicateAjv: Ajv | undefined;
function ajv(): Ajv {
  predicateAjv ??= new Ajv({
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: false,
    addUsedSchema: false,
    logger: false,
    // A $ref compiles to a call, not a copy of what it names: refs that fan out cannot multiply the generated code.
    inlineRefs: false,
    // `pattern` and `patternProperties` run on RE2, in linear time (see linear-regex.ts).
    code: { regExp: LINEAR_REGEXP_ENGINE },
  });
  return predicateAjv;
}

/** Turns a validated rule spec into an ordinary Rule; `pointer` is where the spec sits in its file. */
export function compileCustomRule(spec: CustomRuleSpec, document: LocatedDocument, pointer: string): AnyRule {
  checkPlaceholders(spec, document, pointer);
  const where = spec.where === undefined ? undefined : compilePredicate(spec.where, document, joinPointer(pointer, 'where'));
  const assert = compilePredicate(spec.assert, document, joinPointer(pointer, 'assert'));
  const docsLink = spec.docs;
  return defineRule({
    meta: {
      id: spec.id,
      // Texts from a rule file reach terminals and CI logs: control characters are shown, never obeyed.
      description: printable(spec.description),
      defaultSeverity: spec.severity,
      category: CATEGORY[spec.collection],
      messages: { failed: printable(spec.message) },
      precision: 'high',
      securitySeverity: spec.securitySeverity ?? SECURITY_SEVERITY[spec.severity],
      tags: ['custom', ...(spec.tags ?? [])],
      docs: customDocs(spec, document.file),
      ...(docsLink ? { docsUrl: docsLink } : {}),
    },
    check({ tenant, report }) {
      for (const entity of entitiesOf(tenant, spec.collection)) {
        const view = viewOf(entity);
        if (where && !where(view.value)) continue;
        if (assert(view.value)) continue;
        const path = view.dataPointer(assert.errors?.[0]?.instancePath ?? '');
        // A fixed subject keeps the fingerprint to rule + entity, whichever part of the assertion failed.
        report({ entity, path, subject: 'assert', messageId: 'failed', data: messageData(entity) });
      }
    },
  });
}

function compilePredicate(schema: object | boolean, document: LocatedDocument, pointer: string): ValidateFunction {
  const problem = checkSchema(schema);
  if (problem) throw errorAt(document, pointer + problem.pointer, problem.message);
  try {
    return ajv().compile(schema);
  } catch (error) {
    throw errorAt(document, pointer, `not a usable JSON Schema: ${(error as Error).message.split('\n')[0]}`);
  }
}

function checkPlaceholders(spec: CustomRuleSpec, document: LocatedDocument, pointer: string): void {
  const allowed = MESSAGE_FIELDS[spec.collection];
  for (const match of spec.message.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!allowed.includes(match[1]!)) {
      throw errorAt(
        document,
        joinPointer(pointer, 'message'),
        `unknown placeholder {{${match[1]}}} for ${spec.collection}; use ${allowed.map((name) => `{{${name}}}`).join(', ')}`,
      );
    }
  }
}

/**
 * The docs page SARIF and --list-rules show, made from the rule file (which is the rule's only source). The file's
 * text may come from a pull request: it is escaped as the job summary escapes input (no HTML, links or mentions),
 * and the policy link is shown as code, never as a link.
 */
function customDocs(spec: CustomRuleSpec, file: string): string {
  const description = markdownText(spec.description);
  const lines = [`# ${spec.id}`, '', description, '', '## Why', '', `${description}. This is a house rule, defined in ${markdownText(file)}.`];
  if (spec.docs) lines.push('', `See <code>${markdownText(spec.docs)}</code> for the policy it enforces.`);
  return `${lines.join('\n')}\n`;
}
