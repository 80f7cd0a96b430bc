import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/lint-files.js';

const ROOT = 'test/fixtures/same-tenant';

/** The same tenant as deploy-cli YAML, as a directory export and as an API dump gives the same findings. */
describe('one tenant, three input forms', async () => {
  const results = await Promise.all([`${ROOT}/tenant.yaml`, `${ROOT}/directory`, `${ROOT}/dump.json`].map(async (path) => (await lintFiles([path])).findings));
  const [yaml, directory, dump] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]];
  const identity = (finding: (typeof yaml)[number]): string =>
    `${finding.ruleId} ${finding.entity?.kind} ${finding.entity?.name ?? finding.entity?.key} ${finding.path}`;

  it('reports the same rules for the same entities in every form', () => {
    expect(yaml.map(identity).sort()).toEqual(directory.map(identity).sort());
    expect(yaml.map(identity).sort()).toEqual(dump.map(identity).sort());
    expect([...new Set(yaml.map((finding) => finding.ruleId))]).toEqual(
      expect.arrayContaining(['prefer-require-client-grant', 'no-client-grants-on-deny-all', 'no-unresolved-keywords']),
    );
  });

  it('locates each finding in its own file form', () => {
    const where = (findings: typeof yaml, ruleId: string, name: string): string => {
      const finding = findings.find((candidate) => candidate.ruleId === ruleId && candidate.entity?.name === name)!;
      const { file, startLine, startColumn, endLine, endColumn } = finding.location!;
      return `${file}:${startLine}:${startColumn}-${endLine}:${endColumn}`;
    };
    expect(where(yaml, 'prefer-require-client-grant', 'Reports API')).toBe(`${ROOT}/tenant.yaml:12:17-12:26`);
    expect(where(directory, 'prefer-require-client-grant', 'Reports API')).toBe(`${ROOT}/directory/resource-servers/Reports API.json:5:25-5:36`);
    expect(where(dump, 'prefer-require-client-grant', 'Reports API')).toBe(`${ROOT}/dump.json:7:59-7:70`);
    // The marker itself, not the whole audience.
    expect(where(yaml, 'no-unresolved-keywords', 'Reports Worker')).toBe(`${ROOT}/tenant.yaml:23:23-23:39`);
    expect(where(directory, 'no-unresolved-keywords', 'Reports Worker')).toBe(`${ROOT}/directory/grants/Reports Worker-archive.json:3:24-3:40`);
    expect(where(dump, 'no-unresolved-keywords', 'Reports Worker')).toBe(`${ROOT}/dump.json:16:81-16:97`);
    // A defaulted policy points at the closest existing parent: the API's entry.
    expect(where(yaml, 'prefer-require-client-grant', 'Archive API')).toBe(`${ROOT}/tenant.yaml:15:5-15:22`);
  });

  it('resolves grants by client name in exports and by client_id in dumps', () => {
    const deadGrant = (findings: typeof yaml): string | undefined => findings.find((finding) => finding.ruleId === 'no-client-grants-on-deny-all')?.message;
    expect(deadGrant(yaml)).toContain('"Reports Worker"');
    expect(deadGrant(dump)).toContain('"Reports Worker"');
  });
});
