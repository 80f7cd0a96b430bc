import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { runCli } from '../helpers/run-cli.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import type { SarifLog } from '../../src/report/sarif-log.js';
import { schemaErrors, uploadProblems } from '../report/sarif-validators.js';
import { gitRepository, runAction, type ActionRun } from './run-action.js';

const FAST = JSON.stringify({ timeoutMs: 5_000, maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 40, maxRetryAfterMs: 5_000 });
const SECRET = 'fake-client-secret,with:odd%chars';

interface JsonFinding {
  readonly ruleId: string;
  readonly entity?: { readonly kind: string; readonly key: string };
}

describe('the Action auditing a live tenant (against the fake Management API)', () => {
  let api: FakeApi;
  let run: ActionRun;
  let workspace: string;

  beforeAll(async () => {
    // On a virtual clock the Action's live client shares through its io: any wait takes no real time.
    api = await startFakeApi({ clock: new VirtualClock(), clientSecret: SECRET });
    workspace = gitRepository([{ 'README.md': 'fleet\n' }]).dir;
    run = await runAction({
      workspace,
      eventName: 'schedule',
      // Requests go to the custom domain (the fake's IP), the token audience stays the canonical localhost:PORT.
      inputs: { domain: api.domain, 'custom-domain': `127.0.0.1:${api.port}`, 'client-id': api.clientId, 'client-secret': SECRET, 'fail-on': 'none' },
      // The runner's process trusts the fake's test CA the way a self-hosted runner trusts a proxy's.
      env: { NODE_EXTRA_CA_CERTS: api.caFile, A0LINT_TEST_HTTP_SETTINGS: FAST },
      clock: api.clock,
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reads the tenant, writes its snapshot, and reports what linting that snapshot reports', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(new Set(api.log.map((entry) => entry.host))).toEqual(new Set([`127.0.0.1:${api.port}`]));
    expect((JSON.parse(api.log.find((entry) => entry.path === '/oauth/token')!.body!) as { audience: string }).audience).toBe(`https://${api.domain}/api/v2/`);
    const snapshot = `a0lint-snapshots/${api.domain.replace(':', '_')}.json`;
    const { findings } = JSON.parse(readFileSync(run.outputs['findings-file']!, 'utf8')) as { findings: JsonFinding[] };
    expect(findings.length).toBeGreaterThan(0);

    // The same tenant linted offline from the snapshot the Action wrote, by the CLI: same rules, same entities.
    const offline = (JSON.parse((await runCli([snapshot, '--format', 'json', '--fail-on', 'none'], { cwd: workspace })).stdout) as { findings: JsonFinding[] })
      .findings;
    const identity = (finding: JsonFinding) => `${finding.ruleId} ${finding.entity?.kind} ${finding.entity?.key}`;
    expect(findings.map(identity).sort()).toEqual(offline.map(identity).sort());

    const counts = { error: 0, warning: 0, note: 0 } as Record<string, number>;
    for (const finding of findings as Array<JsonFinding & { severity: string }>) counts[finding.severity]!++;
    expect(run.outputs).toMatchObject({ 'error-count': String(counts.error), 'warning-count': String(counts.warning), 'note-count': String(counts.note) });
  });

  it('anchors live findings in SARIF to the snapshot file, one category for the tenant, in SARIF code scanning accepts', () => {
    const text = readFileSync(run.outputs['sarif-file']!, 'utf8');
    const sarif = JSON.parse(text) as SarifLog;
    expect(schemaErrors(sarif)).toEqual([]);
    expect(uploadProblems(sarif, text)).toEqual([]);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.automationDetails.id).toBe(`a0lint/${api.domain}/`);
    const uris = new Set(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual([`a0lint-snapshots/${encodeURIComponent(api.domain.replace(':', '_'))}.json`]);
  });

  it('masks the client secret at once and the access token as it arrives, and leaks neither anywhere', () => {
    const token = api.log.find((entry) => entry.authorization)?.authorization?.replace(/^Bearer /, '');
    expect(token).toBeTruthy();
    expect(run.commands.filter((command) => command.command === 'add-mask').map((command) => command.message)).toEqual([
      SECRET,
      encodeURIComponent(SECRET),
      token,
    ]);
    const written = [
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs['sarif-file']!, 'utf8'),
      readFileSync(run.outputs['findings-file']!, 'utf8'),
      readFileSync(path.join(workspace, `a0lint-snapshots/${api.domain.replace(':', '_')}.json`), 'utf8'),
    ].join('\n');
    for (const secret of [SECRET, encodeURIComponent(SECRET), token!, 'fake-secret-audit']) expect(written).not.toContain(secret);
  });
});

describe('the Action when the live tenant cannot be read completely', () => {
  it('fails the step with exit code 2, names the collection, and reports nothing from partial data', async () => {
    const clock = new VirtualClock();
    const api = await startFakeApi({ clock, fault: ({ path: requested }) => (requested === '/api/v2/client-grants' ? { status: 503 } : undefined) });
    try {
      const run = await runAction({
        workspace: gitRepository([{ 'README.md': 'x\n' }]).dir,
        eventName: 'schedule',
        inputs: { domain: api.domain, 'client-id': api.clientId, 'client-secret': api.clientSecret },
        env: { NODE_EXTRA_CA_CERTS: api.caFile, A0LINT_TEST_HTTP_SETTINGS: FAST },
        clock,
      });

      // Three attempts: two retries, after backoff steps of 5 and 10 ms with "equal jitter" (half to all of each).
      expect(clock.waits).toHaveLength(2);
      for (const [index, step] of [5, 10].entries()) expect(clock.waits[index]).toSatisfy((ms: number) => ms >= step / 2 && ms <= step);

      expect(run.code).toBe(2);
      const failure = run.commands.filter((command) => command.command === 'error').at(-1)!;
      expect(failure.message).toMatch(
        /^a0lint: could not read client_grants completely \(GET \/api\/v2\/client-grants\): .*503.*no findings are reported from partial data/,
      );
      expect(run.outputs).toEqual({});
      expect(run.summary).toBe('');
    } finally {
      await api.close();
    }
  });
});
