import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { runDistAction } from '../action/run-action.js';

// The one test of the built dist/action.js, started as the runner starts it (every other Action test runs the
// sources through run(io)): @actions/core's workflow commands, output and summary files, and the exit code.
describe('the bundled Action (dist/action.js)', () => {
  it('lints the example export: annotations, outputs, SARIF and findings files, and a failed step at fail-on warning', async () => {
    const run = await runDistAction({ workspace: REPO_ROOT, inputs: { path: 'examples/tenant.yaml', 'fail-on': 'warning', 'only-new': 'off' } });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const findings = (JSON.parse(readFileSync(run.outputs['findings-file']!, 'utf8')) as { findings: Array<{ severity: string }> }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(Number(run.outputs['error-count']) + Number(run.outputs['warning-count']) + Number(run.outputs['note-count'])).toBe(findings.length);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ automationDetails: { id: string } }> };
    expect(sarif.runs.map((entry) => entry.automationDetails.id)).toEqual(['a0lint/examples/tenant.yaml/']);
    const annotations = run.commands.filter((command) => command.properties.file === 'examples/tenant.yaml');
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((command) => Number(command.properties.line) > 0 && Number(command.properties.col) > 0)).toBe(true);
    expect(run.commands.at(-1)!.message).toMatch(/^a0lint: \d+ errors? and \d+ warnings? at fail-on: warning$/);
    expect(run.summary).toContain('examples/tenant.yaml');
  });
});
