import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import { defineRule } from '../../src/engine/rule.js';
import { fill } from '../../src/engine/run-rules.js';
import preferRequireClientGrant from '../../rules/prefer-require-client-grant/index.js';
import { InputError } from '../../src/shared/errors.js';
import type { ReportInput } from '../../src/report/formatter.js';
import { FORMATS } from '../../src/report/formats.js';
import { buildSarifLog, formatSarif, serialize, type SarifLimits } from '../../src/report/sarif.js';
import type { SarifLog, SarifResult } from '../../src/report/sarif-log.js';
import { runCli } from '../helpers/run-cli.js';
import { reportInputFor, syntheticFindings, syntheticInput, targetOf } from './report-input.js';
import { multitoolProblems, schemaErrors, uploadProblems } from './sarif-validators.js';
import { findingsOf } from '../../src/engine/target.js';

/** Every fixture (file or folder, two levels deep) is linted as it is, broken ones included. */
function fixturePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = `${dir}/${name}`;
      const isDir = statSync(full).isDirectory();
      if (isDir || /\.(ya?ml|json)$/.test(name)) paths.push(full);
      if (isDir && depth < 2) walk(full, depth + 1);
    }
  };
  walk('test/fixtures', 1);
  return paths;
}

const workDir = mkdtempSync(path.join(tmpdir(), 'a0lint-sarif-'));
const written = new Map<string, { log: SarifLog; text: string }>();
/**
 * Microsoft's validator is slow (minutes for 25 MB): it skips files whose content it sees elsewhere (a fixture's
 * run is also in all-targets.sarif, 500 results look like the 150 of the lowered-limit file) and the 25 MB file,
 * which the schema and the upload checks still cover.
 */
const multitoolSkips = new Set<string>();

function write(name: string, input: ReportInput, limits?: SarifLimits): SarifLog {
  const text = limits ? serialize(buildSarifLog(input, limits)) : formatSarif(input);
  const log = JSON.parse(text) as SarifLog;
  writeFileSync(path.join(workDir, name), text);
  written.set(name, { log, text });
  return log;
}

function liveFinding(index: number): Finding {
  return {
    ruleId: 'prefer-require-client-grant',
    messageId: 'defaulted',
    severity: 'warning',
    // The rule's own message, filled in as it writes it.
    message: fill(preferRequireClientGrant.meta.messages.defaulted, { api: `Live ${index}` }),
    entity: { kind: 'resourceServer', key: `https://live-${index}.example.com`, name: `Live ${index}` },
    path: '/subject_type_authorization/user',
    endpoint: 'GET /api/v2/resource-servers',
    fingerprint: `live${index}`.padEnd(32, '0'),
  };
}

describe('sarif', () => {
  beforeAll(async () => {
    write('example.sarif', await reportInputFor(['examples/tenant.yaml']));
    // As the "done when" says: the CLI writing a file.
    const cli = await runCli(['examples/tenant.yaml', '--format', `sarif:${path.join(workDir, 'cli-example.sarif')}`]);
    expect(cli.stdout).toBe('');
    expect([0, 1]).toContain(cli.code);
    const cliText = readFileSync(path.join(workDir, 'cli-example.sarif'), 'utf8');
    written.set('cli-example.sarif', { log: JSON.parse(cliText) as SarifLog, text: cliText });
    const fixtures = fixturePaths();
    for (const [index, fixture] of fixtures.entries()) write(`fixture-${index}.sarif`, await reportInputFor([fixture]));
    // GitHub takes at most 20 runs per file; the rest of the fixtures are checked one file each.
    write('all-targets.sarif', await reportInputFor(['examples/tenant.yaml', ...fixtures.slice(0, 19)]));
    multitoolSkips.add('example.sarif').add('500.sarif').add('over-limit.sarif');
    fixtures.slice(0, 19).forEach((_, index) => multitoolSkips.add(`fixture-${index}.sarif`));
    write('500.sarif', syntheticInput(syntheticFindings(500)));
    write('over-limit.sarif', syntheticInput(syntheticFindings(25_123)));
    // The same truncation under lowered limits, small enough for Microsoft's validator (it takes minutes on 25 MB).
    write('over-lowered-limit.sarif', syntheticInput(syntheticFindings(150)), { resultsPerRun: 100, gzippedBytes: 10_000_000 });
    write('live.sarif', syntheticInput([liveFinding(1), liveFinding(2)], { anchorFile: 'audits/prod-tenant.json' }, 'prod.eu.auth0.com'));
    write('live-unanchored.sarif', syntheticInput([liveFinding(1)]));
    write('empty.sarif', syntheticInput([]));
    write('no-targets.sarif', { ...syntheticInput([]), targets: [] });
    const hostile = syntheticFindings(3, { file: 'odd dir/ten#ant%20?.yaml', message: () => 'Name "<b>@x</b>" with\nnew line, comma: and 100% done.' });
    write('hostile.sarif', syntheticInput([...hostile, { ...hostile[0]!, ruleId: 'unused-ignore', fingerprint: 'f'.repeat(32) }]));
    const broken = new InputError('cannot read: EACCES', 'tenants/dev.yaml', 3, 1);
    write('input-error.sarif', { ...syntheticInput([]), targets: [targetOf('tenants/dev.yaml', [], [broken])] });
  }, 120_000);

  afterAll(() => {
    if (!process.env.KEEP) rmSync(workDir, { recursive: true, force: true });
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(written.size).toBeGreaterThan(10);
    for (const [name, { log }] of written) expect({ name, errors: schemaErrors(log) }).toEqual({ name, errors: [] });
  });

  it("passes Microsoft's SARIF validator with GitHub's ingestion rules: no error, no warning", () => {
    const files = [...written.keys()].filter((name) => !multitoolSkips.has(name)).map((name) => path.join(workDir, name));
    // A control: one result without a location, which GitHub refuses; the validator must see it (and only it).
    const { log } = written.get('cli-example.sarif')!;
    // And one whose message names a message id its rule does not define.
    const first = log.runs[0]!.results[0]!;
    const control = {
      ...log,
      runs: [
        {
          ...log.runs[0]!,
          results: [
            { ...first, locations: undefined },
            { ...first, message: { ...first.message, id: 'no-such-message' } },
          ],
        },
      ],
    };
    writeFileSync(path.join(workDir, 'control.sarif'), JSON.stringify(control));
    const problems = multitoolProblems([...files, path.join(workDir, 'control.sarif')], workDir);
    expect(problems.filter((problem) => !problem.file.endsWith('/control.sarif'))).toEqual([]);
    expect(problems.filter((problem) => problem.level === 'error').map((problem) => problem.ruleId)).toEqual(expect.arrayContaining(['GH1015', 'SARIF1012']));
  }, 120_000);

  it('is safe to upload to code scanning', () => {
    for (const [name, { log, text }] of written) expect({ name, problems: uploadProblems(log, text) }).toEqual({ name, problems: [] });
  });

  it('the schema and the upload checks do catch a result without a file, a bad severity and a duplicate rule', () => {
    const { log } = written.get('example.sarif')!;
    const run = log.runs[0]!;
    const broken = {
      ...log,
      runs: [
        {
          ...run,
          tool: {
            driver: {
              ...run.tool.driver,
              rules: [
                ...run.tool.driver.rules,
                { ...run.tool.driver.rules[0]!, properties: { ...run.tool.driver.rules[0]!.properties, 'security-severity': 'high' } },
              ],
            },
          },
          results: [
            { ...run.results[0]!, locations: [] },
            { ...run.results[1]!, locations: [{ physicalLocation: { artifactLocation: { uri: 'x.yaml' }, region: { startLine: 0 } } }] },
          ],
        },
      ],
    } as unknown as SarifLog;
    const problems = uploadProblems(broken, JSON.stringify(broken));
    expect(problems.join('\n')).toMatch(/duplicate rule ids/);
    expect(problems.join('\n')).toMatch(/security-severity "high"/);
    expect(problems.join('\n')).toMatch(/no physical location/);
    expect(schemaErrors(broken).join('\n')).toMatch(/startLine/);
  });

  it('describes every rule that ran from its metadata and docs page', () => {
    const { log } = written.get('example.sarif')!;
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'a0lint', version: '0.1.0', informationUri: 'https://github.com/a0lint/a0lint' });
    expect(driver.rules.map((rule) => rule.id)).toEqual(builtinRules.map((rule) => rule.meta.id));
    for (const rule of builtinRules) {
      const descriptor = driver.rules.find((candidate) => candidate.id === rule.meta.id)!;
      expect(descriptor.shortDescription.text).toBe(rule.meta.description);
      expect(descriptor.fullDescription.text.length).toBeGreaterThan(rule.meta.description.length);
      expect(descriptor.fullDescription.text).not.toMatch(/`|\*\*|^#/);
      expect(descriptor.help.markdown).toBe(rule.meta.docs.trim());
      expect(descriptor.help.text).toContain(rule.meta.id);
      expect(descriptor.help.text).not.toContain('```');
      expect(descriptor.helpUri).toBe(`https://github.com/a0lint/a0lint/blob/main/rules/${rule.meta.id}/README.md`);
      expect(descriptor.defaultConfiguration.level).toBe(rule.meta.defaultSeverity);
      expect(descriptor.properties.tags).toEqual([...rule.meta.tags]);
      expect(descriptor.properties.precision).toBe(rule.meta.precision);
      expect(Number(descriptor.properties['security-severity'])).toBeCloseTo(rule.meta.securitySeverity, 1);
    }
  });

  it("gives each rule's messages as message strings, and each result its message id with the arguments that rebuild its text", async () => {
    const { log } = written.get('example.sarif')!;
    const { rules } = log.runs[0]!.tool.driver;
    for (const rule of builtinRules) {
      const descriptor = rules.find((candidate) => candidate.id === rule.meta.id)!;
      expect(Object.keys(descriptor.messageStrings ?? {})).toEqual(Object.keys(rule.meta.messages));
      for (const [id, template] of Object.entries(rule.meta.messages)) {
        // Same words, placeholders numbered: `{{name}}` is `{0}`, a second name `{1}`.
        expect(unformat(descriptor.messageStrings![id]!.text)).toBe(template.replace(/\{\{\s*\w+\s*\}\}/g, '\u0000'));
      }
    }
    const findings = findingsOf((await reportInputFor(['examples/tenant.yaml'])).targets);
    const results = log.runs[0]!.results;
    const withId = results.filter((result) => result.message.id !== undefined);
    expect(withId.length).toBe(results.filter((result) => !/[{}]/.test(result.message.text)).length);
    expect(withId.length).toBeGreaterThan(results.length - 5);
    results.forEach((result, index) => {
      const finding = findings[index]!;
      if (result.message.id === undefined) {
        expect(result.properties).toMatchObject({ messageId: finding.messageId });
        return;
      }
      expect(result.message.id).toBe(finding.messageId);
      expect(result.properties).not.toHaveProperty('messageId');
      // What a SARIF viewer shows from the message string is the text, word for word.
      expect(format(rules[result.ruleIndex]!.messageStrings![result.message.id]!.text, result.message.arguments ?? [])).toBe(result.message.text);
    });
  });

  it('leaves the message id out of the message, and names it in the properties, where the text holds a brace or is not the filled-in message', () => {
    const rule = builtinRules.find((candidate) => Object.values(candidate.meta.messages).some((template) => /\{\{\s*\w+\s*\}\}/.test(template)))!;
    const [messageId, template] = Object.entries(rule.meta.messages).find(([, text]) => /\{\{\s*\w+\s*\}\}/.test(text))!;
    const filled = (value: string) => template.replace(/\{\{\s*\w+\s*\}\}/g, value);
    const base = { ...syntheticFindings(1)[0]!, ruleId: rule.meta.id, messageId };
    const findings: Finding[] = [
      { ...base, message: filled('Portal'), fingerprint: 'a'.repeat(32) },
      { ...base, message: filled('https://{organization_name}.example.com'), fingerprint: 'b'.repeat(32) },
      { ...base, message: 'A message the rule never writes.', fingerprint: 'c'.repeat(32) },
    ];
    const log = buildSarifLog(syntheticInput(findings));
    expect(schemaErrors(log)).toEqual([]);
    const byFingerprint = (result: SarifResult) => result.partialFingerprints['a0lint/v1'] ?? '';
    const [plain, braces, other] = [...log.runs[0]!.results].sort((a, b) => byFingerprint(a).localeCompare(byFingerprint(b)));
    expect(plain!.message).toMatchObject({ id: messageId, arguments: expect.arrayContaining(['Portal']) as unknown });
    for (const result of [braces!, other!]) {
      expect(result.message).toEqual({ text: result.message.text });
      expect(result.properties).toMatchObject({ messageId });
    }
  });

  it('keeps every security-severity a number in (0, 10], even from a rule with a bad value', () => {
    const rule = (securitySeverity: number) =>
      defineRule({ meta: { ...builtinRules[0]!.meta, id: `bad-${securitySeverity}`, securitySeverity }, check: () => undefined });
    const log = buildSarifLog({ ...syntheticInput([]), rules: [rule(0), rule(11), rule(Number.NaN), rule(9.96), rule(0.04)] });
    expect(log.runs[0]!.tool.driver.rules.map((descriptor) => descriptor.properties['security-severity'])).toEqual(['5.0', '5.0', '5.0', '10.0', '0.1']);
  });

  it('links a custom rule without docs to nothing, not to a page of this project that does not exist', () => {
    const { docsUrl: _none, ...meta } = builtinRules[0]!.meta;
    const log = buildSarifLog({ ...syntheticInput([]), rules: [defineRule({ meta: { ...meta, id: 'custom/no-docs' }, check: () => undefined })] });
    expect(log.runs[0]!.tool.driver.rules[0]!.helpUri).toBeUndefined();
    expect(schemaErrors(log)).toEqual([]);
  });

  it("uses a custom rule's own docs link only when it is an http(s) URL", () => {
    const custom = (id: string, docsUrl: string) => defineRule({ meta: { ...builtinRules[0]!.meta, id, docsUrl }, check: () => undefined });
    const log = buildSarifLog({ ...syntheticInput([]), rules: [custom('house-a', 'https://wiki.example.com/a policy'), custom('house-b', 'see the wiki')] });
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.helpUri)).toEqual(['https://wiki.example.com/a%20policy', undefined]);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('gives each result its exact place, our fingerprint and the entity', async () => {
    const input = await reportInputFor(['examples/tenant.yaml']);
    const results = written.get('example.sarif')!.log.runs[0]!.results;
    expect(results).toHaveLength(findingsOf(input.targets).length);
    results.forEach((result, index) => {
      const finding = findingsOf(input.targets)[index]!;
      const { file, startLine, startColumn, endLine, endColumn } = finding.location!;
      expect(result.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: file }, region: { startLine, startColumn, endLine, endColumn } });
      expect(result.partialFingerprints).toEqual({ 'a0lint/v1': finding.fingerprint });
      expect(result.properties).toMatchObject({ entity: finding.entity, path: finding.path });
      expect(result.level).toBe(finding.severity);
      expect(result.message.text).toBe(finding.message);
    });
  });

  it('writes one run per target, each in its own category', async () => {
    const { log } = written.get('all-targets.sarif')!;
    expect(log.runs.length).toBeGreaterThan(1);
    expect(log.runs[0]!.automationDetails.id).toBe('a0lint/examples/tenant.yaml/');
    expect(new Set(log.runs.map((run) => run.automationDetails.id)).size).toBe(log.runs.length);
    expect(written.get('no-targets.sarif')!.log.runs.map((run) => run.automationDetails.id)).toEqual(['a0lint/']);
    const absolute = await reportInputFor([path.resolve('examples/tenant.yaml')]);
    expect(buildSarifLog(absolute).runs[0]!.automationDetails.id).toBe('a0lint/examples/tenant.yaml/');
    const twice = buildSarifLog({ ...syntheticInput([]), targets: [targetOf('a.yaml'), targetOf('./a.yaml')] });
    expect(twice.runs.map((run) => run.automationDetails.id)).toEqual(['a0lint/a.yaml/', 'a0lint/a.yaml#2/']);
  });

  it('puts findings about the configuration in a run of their own, named for no input', () => {
    const findings = syntheticFindings(4);
    const configuration = {
      kind: 'configuration' as const,
      path: '.a0lint.yml',
      category: 'other',
      findings: syntheticFindings(1, { file: '.a0lint.yml' }),
      errors: [],
    };
    const log = buildSarifLog({ ...syntheticInput(findings), targets: [targetOf('tenants/prod/tenant.yaml', findings), configuration] });
    expect(log.runs.map((run) => run.automationDetails.id)).toEqual(['a0lint/tenants/prod/tenant.yaml/', 'a0lint/other/']);
    expect(log.runs.map((run) => run.properties)).toEqual([{ target: 'tenants/prod/tenant.yaml' }, undefined]);
    expect(log.runs[1]!.results.map((result) => result.partialFingerprints['a0lint/v1'])).toEqual(configuration.findings.map((finding) => finding.fingerprint));
  });

  it('anchors live findings to the given file and says so in the message', () => {
    const { log } = written.get('live.sarif')!;
    expect(log.runs[0]!.automationDetails.id).toBe('a0lint/prod.eu.auth0.com/');
    for (const result of log.runs[0]!.results) {
      expect(result.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'audits/prod-tenant.json' }, region: { startLine: 1 } });
      expect(result.message.text).toMatch(
        / Found in live tenant data \(GET \/api\/v2\/resource-servers\); the result is anchored to audits\/prod-tenant\.json, line 1, because code scanning needs a file\.$/,
      );
      // The message id and arguments would rebuild the rule's message without the anchor's sentence.
      expect(result.message.id).toBeUndefined();
      expect(result.properties).toMatchObject({ endpoint: 'GET /api/v2/resource-servers', messageId: expect.any(String) as unknown });
    }
  });

  it('leaves out live findings it cannot anchor, with a notification', () => {
    const run = written.get('live-unanchored.sarif')!.log.runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.invocations[0]!.toolExecutionNotifications!.map((notice) => notice.message.text).join()).toMatch(/^1 finding from live data left out/);
  });

  it('marks a target that could not be read as not successful', () => {
    const run = written.get('input-error.sarif')!.log.runs[0]!;
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications![0]!.message.text).toContain('tenants/dev.yaml:3:1: cannot read: EACCES');
  });

  it('percent-encodes file names and describes rules it was not given', () => {
    const run = written.get('hostile.sarif')!.log.runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('odd%20dir/ten%23ant%2520%3F.yaml');
    expect(run.tool.driver.rules.filter((rule) => rule.id === 'unused-ignore')).toHaveLength(1);
    expect(run.results.at(-1)!.ruleIndex).toBe(run.tool.driver.rules.findIndex((rule) => rule.id === 'unused-ignore'));
  });

  it('with 500 findings keeps them all', () => {
    expect(written.get('500.sarif')!.log.runs[0]!.results).toHaveLength(500);
    expect(written.get('500.sarif')!.log.runs[0]!.invocations[0]!.toolExecutionNotifications).toBeUndefined();
  });

  it('past 25,000 results keeps the most severe and says how many were dropped', () => {
    const findings = syntheticFindings(25_123);
    const run = written.get('over-limit.sarif')!.log.runs[0]!;
    expect(run.results).toHaveLength(25_000);
    const notes = findings.filter((finding) => finding.severity === 'note').length;
    expect(run.results.filter((result) => result.level === 'note')).toHaveLength(notes - 123);
    expect(run.results.filter((result) => result.level !== 'note')).toHaveLength(findings.length - notes);
    const lines = run.results.map((result) => result.locations[0]!.physicalLocation.region.startLine);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const [notice] = run.invocations[0]!.toolExecutionNotifications!;
    expect(notice).toMatchObject({ level: 'warning' });
    expect(notice!.message.text).toMatch(/^123 results of 25123 left out \(123 notes\): GitHub code scanning refuses more than 25,000 results per run/);
  });

  it('past 10 MB gzipped drops the least severe results until the file fits', () => {
    // Incompressible messages: 2,000 results of ~2 KB of hash output make ~3 MB gzipped, over the lowered limit.
    const noise = (index: number): string => Array.from({ length: 46 }, (_, part) => createHash('sha256').update(`${index}/${part}`).digest('base64')).join('');
    const findings = syntheticFindings(2000, { message: noise });
    const limits = { resultsPerRun: 25_000, gzippedBytes: 1_000_000 };
    const log = buildSarifLog(syntheticInput(findings), limits);
    const text = serialize(log);
    expect(gzipSync(text).length).toBeLessThanOrEqual(limits.gzippedBytes);
    const run = log.runs[0]!;
    expect(run.results.length).toBeGreaterThan(100);
    expect(run.results.length).toBeLessThan(2000);
    const dropped = 2000 - run.results.length;
    expect(run.invocations[0]!.toolExecutionNotifications![0]!.message.text).toMatch(new RegExp(`^${dropped} results of 2000 left out`));
    // Everything kept is at least as severe as anything dropped.
    const rank = { error: 0, warning: 1, note: 2 } as const;
    const keptFingerprints = new Set(run.results.map((result) => result.partialFingerprints['a0lint/v1']));
    const worstKept = Math.max(...run.results.map((result) => rank[result.level]));
    const bestDropped = Math.min(...findings.filter((finding) => !keptFingerprints.has(finding.fingerprint)).map((finding) => rank[finding.severity]));
    expect(worstKept).toBeLessThanOrEqual(bestDropped);
  });

  it('is registered as --format sarif and deterministic', async () => {
    const input = await reportInputFor(['examples/tenant.yaml']);
    expect(FORMATS.sarif(input)).toBe(FORMATS.sarif(input));
    expect(FORMATS.sarif(input)).toBe(written.get('example.sarif')!.text);
  });
});

/** A SARIF message string with its arguments, as a viewer shows it (§3.11.5): `{n}` replaced, `{{` and `}}` single. */
function format(messageString: string, args: readonly string[]): string {
  return messageString.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index?: string) => (index === undefined ? match[0]! : args[Number(index)]!));
}

/** The words of a message string, each placeholder as NUL and braces single, to compare with a rule's template. */
function unformat(messageString: string): string {
  return messageString.replace(/\{\{|\}\}|\{\d+\}/g, (match) => (match.length === 2 ? match[0]! : '\u0000'));
}
