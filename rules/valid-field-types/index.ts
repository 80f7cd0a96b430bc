import { defineRule } from '../../src/engine/rule.js';
import { FIELD_TYPES, type FieldType } from '../../src/data/management-api-fields.js';
import { isUnresolved } from '../../src/model/markers.js';
import type { Client, ClientGrant, ResourceServer } from '../../src/model/types.js';
import docs from './README.md';

const KIND_LABEL: Readonly<Record<'client' | 'resourceServer' | 'clientGrant', string>> = {
  client: 'Application',
  resourceServer: 'API',
  clientGrant: 'Client grant',
};

// Listed once, and read by index below: per entity and field, Object.entries and the iterators of for…of and of a
// pair's destructuring each made new objects until the engine optimised the loop (each fleet thread starts over).
const listed = (fields: Readonly<Record<string, FieldType>>) => Object.entries(fields).map(([field, expected]) => ({ field, expected }));
const FIELDS = { client: listed(FIELD_TYPES.client), resourceServer: listed(FIELD_TYPES.resourceServer), clientGrant: listed(FIELD_TYPES.clientGrant) };

export default defineRule({
  meta: {
    id: 'valid-field-types',
    description: 'Require the values the Management API accepts in the fields rules read (types and allowed values)',
    defaultSeverity: 'error',
    category: 'hygiene',
    precision: 'very-high',
    securitySeverity: 3.0,
    tags: ['correctness', 'schema'],
    messages: {
      type:
        '{{owner}} "{{name}}" sets {{field}} to a value of the wrong type. It is {{actual}}, but the Management API takes {{expected}} there: deploy-cli\'s import of it ' +
        'fails, and a0lint cannot read what the field means, so the rules that read it do not judge it. Write {{field}} as {{expected}}.',
      value:
        '{{owner}} "{{name}}" has an invalid {{field}} ("{{value}}"). The Management API refuses it. It takes {{allowed}}; deploy-cli\'s import of it fails, and ' +
        'the rules that read the field do not judge it. Correct the value.',
    },
    docs,
  },
  check({ tenant, report }) {
    const entities: ReadonlyArray<Client | ResourceServer | ClientGrant> = [...tenant.clients, ...tenant.resourceServers, ...tenant.clientGrants];
    for (const entity of entities) {
      const data = entity.data as Readonly<Record<string, unknown>>;
      const owner = KIND_LABEL[entity.kind];
      const name = entity.name ?? entity.key;
      const fields = FIELDS[entity.kind];
      for (let index = 0; index < fields.length; index++) {
        const { field, expected } = fields[index]!;
        if (!Object.hasOwn(data, field)) continue;
        const value = data[field];
        // null and '' are read as absent: older deploy-cli exports write null for unset lists, Terraform state '' for
        // unset attributes.
        if (value === undefined || value === null || value === '' || isUnresolved(value)) continue;
        const wrong = wrongType(value, expected);
        if (wrong) {
          report({
            entity,
            path: wrong.path === '' ? `/${field}` : `/${field}${wrong.path}`,
            messageId: 'type',
            data: { owner, name, field, actual: describe(wrong.value), expected: describeType(expected) },
          });
        } else if (expected.enum && typeof value === 'string' && !expected.enum.includes(value)) {
          report({ entity, path: `/${field}`, messageId: 'value', data: { owner, name, field, value, allowed: allowedValues(expected.enum) } });
        }
      }
    }
  },
});

/** The first place where the value is not of the type (the value itself, or a list item), if any. */
function wrongType(value: unknown, expected: FieldType): { path: string; value: unknown } | undefined {
  if (!isType(value, expected.type)) return { path: '', value };
  if (expected.type === 'array' && expected.items) {
    const index = (value as unknown[]).findIndex((item) => !isType(item, expected.items!) && !isUnresolved(item));
    if (index !== -1) return { path: `/${index}`, value: (value as unknown[])[index] };
  }
  return undefined;
}

function isType(value: unknown, type: FieldType['type']): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === type;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return `a ${typeof value} value`;
}

function describeType(expected: FieldType): string {
  if (expected.type === 'array') return expected.items === 'object' ? 'a list of mappings' : 'a list of strings';
  return { string: 'a string', boolean: 'true or false', number: 'a number', object: 'a mapping' }[expected.type];
}

function allowedValues(values: readonly string[]): string {
  return values.length > 8 ? `${values.slice(0, 8).join(', ')}, ...` : values.join(', ');
}
