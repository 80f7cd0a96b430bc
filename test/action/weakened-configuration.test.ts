import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/shared/message-parts.js';
import { HEADLINE_LIMIT } from '../helpers/rule-kit.js';
import { gitRepository, pullRequestEvent, runAction, type ActionRun } from './run-action.js';

/**
 * A pull request is judged by its base's configuration; what its own configuration gives up is reported as
 * weakened-configuration findings located in its .a0lint.yml, in every output like any other finding.
 */
describe('weakened-configuration (Action, pull request, config-source: base)', () => {
  const TENANT = 'clients:\n  - name: Old App\n    app_type: spa\n    grant_types: [authorization_code]\n';
  const BASE_CONFIG = 'extends: [recommended]\nrules:\n  no-implicit-grant: error\n';

  async function pullRequest(headConfig: string, baseConfig = BASE_CONFIG, headFiles: Record<string, string> = {}): Promise<ActionRun> {
    const { dir: workspace, commits } = gitRepository([
      { 'tenant.yaml': TENANT, '.a0lint.yml': baseConfig },
      { '.a0lint.yml': headConfig, ...headFiles },
    ]);
    return runAction({
      workspace,
      eventName: 'pull_request',
      event: pullRequestEvent(commits[0]!, commits[1]!),
      inputs: { path: 'tenant.yaml', 'fail-on': 'warning' },
    });
  }
  const HOUSE_RULE =
    'rules:\n  - { id: custom/no-native, description: No native apps, severity: error, collection: clients, message: "Native {{name}}", where: { properties: { app_type: { const: native } } }, assert: false }\n';
  const weakened = (run: ActionRun) => run.commands.filter((command) => command.properties.title?.includes('weakened-configuration'));

  it("reports a rule turned off at its line in the head's .a0lint.yml, in annotations, counts, SARIF, findings file and summary", async () => {
    const run = await pullRequest('extends: [recommended]\nrules:\n  no-implicit-grant: off\n');
    const annotations = weakened(run);
    expect(annotations, run.stdout.slice(-2000)).toHaveLength(1);
    expect(annotations[0]!.command).toBe('warning');
    expect(annotations[0]!.properties).toMatchObject({ file: '.a0lint.yml', line: '3' });
    expect(annotations[0]!.message).toMatch(/rule no-implicit-grant is off in the pull request's configuration, error at the base/);
    expect(run.outputs['warning-count']).toBe('1');
    expect(run.code).toBe(1);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string }>; tool: { driver: { rules: Array<{ id: string }> } } }>;
    };
    expect(sarif.runs.flatMap((entry) => entry.results).map((result) => result.ruleId)).toContain('weakened-configuration');
    expect(sarif.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toContain('weakened-configuration');
    const findings = (JSON.parse(readFileSync(run.outputs['findings-file']!, 'utf8')) as { findings: Array<{ ruleId: string }> }).findings;
    expect(findings.map((finding) => finding.ruleId)).toEqual(['weakened-configuration']);
    expect(run.summary).toContain('weakened-configuration');
  });

  it('reports a lowered rule, a new ignore, a new custom-rule path and changed mappings, each at its own line', async () => {
    const run = await pullRequest(
      [
        'extends: [recommended]',
        'rules:',
        '  no-implicit-grant: note',
        'mappings:',
        '  APP: Old App',
        'customRules: [rules/**/*.yml]',
        'ignore:',
        '  - rule: no-implicit-grant',
        "    entity: { kind: client, key: '*' }",
        '    reason: not a problem, trust me',
        '',
      ].join('\n'),
      BASE_CONFIG,
      { 'rules/house.yml': HOUSE_RULE },
    );
    const byLine = Object.fromEntries(weakened(run).map((command) => [command.properties.line ?? '', command.message] as const));
    expect(byLine['3']).toMatch(/rule no-implicit-grant is note in the pull request's configuration, error at the base/);
    expect(byLine['4']).toMatch(/Keyword mappings changed/);
    expect(byLine['4']).not.toContain('Old App');
    expect(byLine['6']).toMatch(/adds a custom rule path\. Once merged, the rules "rules\/\*\*\/\*\.yml" loads/);
    expect(byLine['8']).toMatch(/adds or changes an ignore entry for no-implicit-grant\. It covers client "\*"/);
  });

  it('long keys and paths stay out of the headlines: the first sentence is short, the key or path is in the details', async () => {
    const key = `${'partner-integration-'.repeat(6)}client`;
    const glob = `${'policies/shared-security-baseline/'.repeat(4)}**/*.yml`;
    const run = await pullRequest(
      [
        'extends: [recommended]',
        'rules:',
        '  no-implicit-grant: note',
        `customRules: ['${glob}']`,
        'ignore:',
        '  - rule: no-implicit-grant',
        `    entity: { kind: client, key: '${key}' }`,
        '    reason: accepted until the partner migrates',
        '',
      ].join('\n'),
      BASE_CONFIG,
      { [glob.replace('**/*.yml', 'house.yml')]: HOUSE_RULE },
    );
    const findings = (JSON.parse(readFileSync(run.outputs['findings-file']!, 'utf8')) as { findings: Array<{ ruleId: string; message: string }> }).findings;
    const messages = findings.filter((finding) => finding.ruleId === 'weakened-configuration').map((finding) => splitMessage(finding.message));
    expect(messages).toHaveLength(3);
    for (const { headline } of messages) expect(headline.length, headline).toBeLessThanOrEqual(HEADLINE_LIMIT);
    expect(messages.map(({ details }) => details).join('\n')).toContain(`client "${key}"`);
    expect(messages.map(({ details }) => details).join('\n')).toContain(`"${glob}"`);
  });

  it('reports a changed rule option as a note: a0lint cannot tell its direction', async () => {
    const base = 'extends: [recommended]\nrules:\n  limit-token-lifetime: [warning, { maxSeconds: 3600 }]\n';
    const run = await pullRequest('extends: [recommended]\nrules:\n  limit-token-lifetime: [warning, { maxSeconds: 7200 }]\n', base);
    const annotations = weakened(run);
    expect(annotations, run.stdout.slice(-2000)).toHaveLength(1);
    expect(annotations[0]!.command).toBe('notice');
    expect(annotations[0]!.message).toMatch(/changes the options of rule limit-token-lifetime\./);
    expect(annotations[0]!.properties.line).toBe('3');
  });

  it('reports nothing when the configuration is unchanged or only checks more', async () => {
    const run = await pullRequest('extends: [recommended]\nrules:\n  no-implicit-grant: error\n  no-password-grant: error\n');
    expect(weakened(run)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("follows the base's setting for the rule: turned off there, nothing is reported", async () => {
    const run = await pullRequest('rules:\n  no-implicit-grant: off\n', 'rules:\n  weakened-configuration: off\n  no-implicit-grant: error\n');
    expect(weakened(run)).toEqual([]);
  });
});
