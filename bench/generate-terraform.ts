/**
 * The benchmark tenant as a Terraform configuration of the auth0 provider (v1): one resource per application,
 * credentials, API, scope list and grant, grants referencing their client and API as real configurations do.
 * Resources are split over files of at most FILE_SIZE resources, as large configurations are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
type Json = Record<string, unknown>;

/** The generator's entities (passed in: generate.ts imports this file while it runs). */
export interface Entities {
  client(index: number): Json;
  resourceServer(index: number): Json;
  grant(index: number): Json;
}

const FILE_SIZE = 2_000;
/** Nested objects the provider models as blocks; other objects are map attributes. */
const BLOCKS = new Set([
  'jwt_configuration',
  'refresh_token',
  'native_social_login',
  'apple',
  'facebook',
  'google',
  'subject_type_authorization',
  'user',
  'client',
]);

function value(data: unknown, indent: string): string {
  if (Array.isArray(data)) return `[${data.map((item) => value(item, indent)).join(', ')}]`;
  if (typeof data === 'object' && data !== null) {
    const entries = Object.entries(data).map(([key, item]) => `${indent}  ${JSON.stringify(key)} = ${value(item, `${indent}  `)}`);
    return `{\n${entries.join('\n')}\n${indent}}`;
  }
  return JSON.stringify(data);
}

function body(data: Json, indent: string): string {
  const lines: string[] = [];
  for (const [key, item] of Object.entries(data)) {
    if (typeof item === 'object' && item !== null && !Array.isArray(item) && BLOCKS.has(key)) {
      lines.push(`${indent}${key} {`, body(item as Json, `${indent}  `), `${indent}}`);
    } else lines.push(`${indent}${key} = ${value(item, indent)}`);
  }
  return lines.join('\n');
}

const resource = (type: string, name: string, data: Json): string => `resource "${type}" "${name}" {\n${body(data, '  ')}\n}\n`;

export function writeTerraform(folder: string, spec: { readonly clients: number; readonly apis: number }, grants: readonly number[], entities: Entities): void {
  mkdirSync(folder, { recursive: true });
  const chunks = new Map<string, string[]>();
  const add = (kind: string, index: number, text: string): void => {
    const file = `${kind}-${String(Math.floor(index / FILE_SIZE)).padStart(3, '0')}.tf`;
    const list = chunks.get(file) ?? [];
    list.push(text);
    chunks.set(file, list);
  };
  const identifiers = new Map<string, number>();
  for (let i = 0; i < spec.apis; i++) {
    const { scopes, ...api } = entities.resourceServer(i);
    identifiers.set(api.identifier as string, i);
    add('apis', i, resource('auth0_resource_server', `a${i}`, api));
    const list = (scopes as Array<{ value: string; description: string }>).map(
      (scope) => `  scopes {\n    name        = ${JSON.stringify(scope.value)}\n    description = ${JSON.stringify(scope.description)}\n  }`,
    );
    add(
      'apis',
      i,
      `resource "auth0_resource_server_scopes" "a${i}" {\n  resource_server_identifier = auth0_resource_server.a${i}.identifier\n${list.join('\n')}\n}\n`,
    );
  }
  const clientIndex = new Map<string, number>();
  for (let i = 0; i < spec.clients; i++) {
    const { token_endpoint_auth_method: method, ...data } = entities.client(i);
    clientIndex.set(data.name as string, i);
    add('clients', i, resource('auth0_client', `c${i}`, data));
    add(
      'clients',
      i,
      `resource "auth0_client_credentials" "c${i}" {\n  client_id             = auth0_client.c${i}.id\n  authentication_method = ${JSON.stringify(method)}\n}\n`,
    );
  }
  grants.forEach((index, at) => {
    const { client_id: clientName, audience, scope, ...rest } = entities.grant(index);
    const api = identifiers.get(audience as string);
    const lines = [
      `resource "auth0_client_grant" "g${index}" {`,
      `  client_id = auth0_client.c${clientIndex.get(clientName as string)}.id`,
      `  audience  = ${api === undefined ? JSON.stringify(audience) : `auth0_resource_server.a${api}.identifier`}`,
      `  scopes    = ${value(scope, '  ')}`,
      ...Object.entries(rest).map(([key, item]) => `  ${key} = ${value(item, '  ')}`),
      '}',
      '',
    ];
    add('grants', at, lines.join('\n'));
  });
  writeFileSync(path.join(folder, 'provider.tf'), 'terraform {\n  required_providers {\n    auth0 = {\n      source = "auth0/auth0"\n    }\n  }\n}\n');
  for (const [file, list] of chunks) writeFileSync(path.join(folder, file), list.join('\n'));
}
