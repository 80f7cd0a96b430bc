import { afterEach, describe, expect, it } from 'vitest';
import { patternProblem } from '../../src/custom-rules/schema-guard.js';
import { a0lint, findingsOf, scratchRepo } from '../config/cli-run.js';

const TENANT = `clients:
  - name: Storefront
    app_type: spa
`;
const RULE = (fields: string): string => `rules:
  - id: custom/example
    description: An example rule
    severity: warning
    collection: clients
    message: 'Client {{name}} breaks the example rule.'
${fields}`;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function runRuleFile(text: string, extraFiles: Record<string, string> = {}): Promise<Awaited<ReturnType<typeof a0lint>>> {
  const repo = await scratchRepo({ 'tenant.yaml': TENANT, 'rules/house.yml': text, ...extraFiles });
  cleanups.push(repo.remove);
  return a0lint(repo.dir, ['tenant.yaml', '--rules-dir', 'rules', '--format', 'json']);
}

describe('rule files are checked, and errors are located', () => {
  it.each([
    [
      'an id without the custom/ prefix',
      RULE('    assert: true\n').replace('custom/example', 'example'),
      'rules/house.yml:2:9: rules[0].id: must be "custom/" and a name of lowercase letters and digits, words joined by single hyphens (custom/no-spa-grants)',
    ],
    ['a missing assert', RULE(''), 'rules/house.yml:2:5: rules[0]: missing required property "assert"'],
    [
      'an unknown collection',
      RULE('    assert: true\n').replace('collection: clients', 'collection: users'),
      'rules/house.yml:5:17: rules[0].collection: must be one of',
    ],
    [
      'a placeholder that could print anything',
      RULE('    assert: true\n').replace('{{name}}', '{{client_secret}}'),
      'rules/house.yml:6:14: rules[0].message: unknown placeholder {{client_secret}} for clients',
    ],
    [
      'a remote $ref',
      RULE("    assert:\n      $ref: 'https://evil.example.com/schema.json'\n"),
      'rules/house.yml:8:13: rules[0].assert.$ref: "$ref" may only point inside the same predicate',
    ],
    ['an $id', RULE("    where:\n      $id: 'https://example.com/x'\n    assert: true\n"), 'rules/house.yml:8:12: rules[0].where.$id: "$id" is not allowed'],
    [
      'a pattern with a backreference',
      RULE("    assert:\n      properties:\n        name: { pattern: '^(a)\\1$' }\n"),
      'rules/house.yml:9:26: rules[0].assert.properties.name.pattern: pattern not supported by the linear-time engine',
    ],
    [
      'a lookahead hidden in $defs',
      RULE("    assert:\n      $defs:\n        name: { pattern: '(?=a)b' }\n"),
      'rules/house.yml:9:26: rules[0].assert.$defs.name.pattern: pattern not supported by the linear-time engine',
    ],
    [
      'an unknown keyword (a typo would otherwise pass everything)',
      RULE('    assert:\n      propertys: {}\n'),
      'rules/house.yml:7:5: rules[0].assert: not a usable JSON Schema: strict mode: unknown keyword: "propertys"',
    ],
    [
      'an unknown format',
      RULE('    assert:\n      properties:\n        name: { format: email }\n'),
      'rules/house.yml:7:5: rules[0].assert: not a usable JSON Schema: unknown format "email"',
    ],
    [
      'a predicate nested too deep',
      RULE(`    assert: ${'{ "not": '.repeat(40)}true${' }'.repeat(40)}\n`),
      `rules/house.yml:7:310: rules[0].assert${'.not'.repeat(33)}: schema is nested deeper than 32 levels`,
    ],
  ])('%s', async (_name, text, expected) => {
    const run = await runRuleFile(text);
    expect(run.stderr.trim().startsWith(expected), run.stderr).toBe(true);
    expect(run.code).toBe(2);
  });

  it('a rule file over 1 MiB', async () => {
    const run = await runRuleFile(`${RULE('    assert: true\n')}${'#'.repeat(1024 * 1024)}\n`);
    expect(run.stderr.trim()).toBe('rules/house.yml: file is 1048759 bytes; settings files are limited to 1048576');
    expect(run.code).toBe(2);
  });

  it('customRules globs may be absolute', async () => {
    const repo = await scratchRepo({ 'tenant.yaml': TENANT, 'house/a.yml': RULE('    assert: false\n') });
    cleanups.push(repo.remove);
    await repo.write('.a0lint.yml', `customRules: ['${repo.dir}/house/*.yml']\n`);
    const run = await a0lint(repo.dir, ['tenant.yaml', '--format', 'json']);
    expect(findingsOf(run).filter((finding) => finding.ruleId === 'custom/example')).toHaveLength(1);
  });

  it('two rules with one id', async () => {
    const run = await runRuleFile(RULE('    assert: true\n'), { 'rules/more.yml': RULE('    assert: true\n') });
    expect(run.stderr.trim()).toBe('rules/more.yml:2:9: rules[0].id: rule id "custom/example" is already defined in rules/house.yml');
  });

  it('a --rules-dir without rule files', async () => {
    const repo = await scratchRepo({ 'tenant.yaml': TENANT });
    cleanups.push(repo.remove);
    const run = await a0lint(repo.dir, ['tenant.yaml', '--rules-dir', 'nowhere']);
    expect(run.stderr.trim()).toBe('--rules-dir nowhere: no such folder; give the folder that holds the rule files (*.yml, *.yaml)');
    expect(run.code).toBe(2);
  });

  it('assert: false reports every selected entity, where selects', async () => {
    const run = await runRuleFile(RULE('    where:\n      properties:\n        app_type: { const: spa }\n    assert: false\n'));
    expect(
      findingsOf(run)
        .filter((finding) => finding.ruleId === 'custom/example')
        .map((finding) => finding.message),
    ).toEqual(['Client Storefront breaks the example rule.']);
  });
});

describe('rule texts', () => {
  it('control characters in a message are shown, never sent to the terminal', async () => {
    const run = await runRuleFile(
      RULE('    assert: false\n').replace("message: 'Client {{name}} breaks the example rule.'", 'message: "\\e[2JClient {{name}}\\nbreaks it"'),
    );
    const [finding] = findingsOf(run).filter((item) => item.ruleId === 'custom/example');
    expect(finding!.message).toBe('\\u001b[2JClient Storefront\\u000abreaks it');
  });
});

describe('patternProblem', () => {
  // Nested quantifiers are harmless on a linear-time engine.
  it.each([
    '^https://internal\\.',
    '^[a-z]+:[a-z_]+$',
    '^(read|write):users$',
    '^(https?://)?[a-z.]+$',
    '(ab){3}',
    '[(a+)+]*',
    '^(a+)+$',
    '(a|aa)*',
    '^(a?a)+$',
  ])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
  });
  it.each([
    ['(a)\\1', 'no backreferences or lookaround'],
    ['(?<!a)b', 'no backreferences or lookaround'],
    ['a'.repeat(201), 'longer than 200'],
    ['(', 'missing closing )'],
  ])('refuses %s', (pattern, problem) => {
    expect(patternProblem(pattern)).toContain(problem);
  });
});
