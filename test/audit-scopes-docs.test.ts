import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderAuditScopes, SCOPES_END, SCOPES_START, withAuditScopes } from '../src/docs/audit-scopes.js';
import { SECTIONS, SECTION_NAMES } from '../src/model/sections.js';

const DOCS = ['README.md', 'docs/security.md', 'rules/audit-credentials-read-only/README.md'];

/** The scopes a marked list names, in order. */
function listed(text: string): string[][] {
  return text
    .split(SCOPES_START)
    .slice(1)
    .map((part) => [...part.slice(0, part.indexOf(SCOPES_END)).matchAll(/`(read:[a-z_]+)`/g)].map((match) => match[1]!));
}

describe('the read scopes a live audit uses, in the docs', () => {
  it.each(DOCS)('%s lists them as generated (regenerate with `npm run docs:rules`)', async (file) => {
    const text = await readFile(file, 'utf8');
    expect(listed(text).length, `${file} has no ${SCOPES_START} list`).toBeGreaterThan(0);
    expect(text, `${file} is stale: run \`npm run docs:rules\``).toBe(withAuditScopes(text));
  });

  it("are the three core scopes and every posture section's scope, each once", () => {
    const [scopes] = listed(`${SCOPES_START}${renderAuditScopes()}${SCOPES_END}`);
    expect(scopes!.slice(0, 3)).toEqual(['read:resource_servers', 'read:client_grants', 'read:clients']);
    expect(new Set(scopes)).toEqual(new Set([...scopes!.slice(0, 3), ...SECTION_NAMES.map((section) => SECTIONS[section].scope)]));
    expect(new Set(scopes).size).toBe(scopes!.length);
  });

  it('replaces only what stands between the markers, every time they occur', () => {
    const text = `a ${SCOPES_START}old${SCOPES_END} b ${SCOPES_START}${SCOPES_END} c`;
    expect(withAuditScopes(text)).toBe(`a ${SCOPES_START}${renderAuditScopes()}${SCOPES_END} b ${SCOPES_START}${renderAuditScopes()}${SCOPES_END} c`);
    expect(withAuditScopes('no markers')).toBe('no markers');
  });
});
