import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { InputError } from '../../src/shared/errors.js';
import { FORMATS } from '../../src/report/formats.js';
import { annotations, formatGithub, workflowCommand } from '../../src/report/github.js';
import { apiFinding, reportInputFor, severityRank, syntheticFindings, syntheticInput } from './report-input.js';
import { findingsOf } from '../../src/engine/target.js';

const PROPERTY_NAMES = ['file', 'line', 'endLine', 'col', 'endColumn', 'title'];

/**
 * Parses one line as the runner does: `::level key=value,...::data`, where values may not hold a raw `,` `:`
 * `%` or line break and data no raw `%` or line break (each escaped as %2C %3A %25 %0D %0A).
 */
function parseCommand(line: string): { level: string; properties: Record<string, string>; message: string } {
  const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const [, level, rawProperties, data] = match;
  expect(data).not.toMatch(/[\r\n]|%(?!25|0D|0A)/);
  const properties: Record<string, string> = {};
  for (const pair of rawProperties ? rawProperties.split(',') : []) {
    const [name, value, ...rest] = pair.split('=');
    expect(rest.join('=')).toBe('');
    expect(PROPERTY_NAMES).toContain(name);
    expect(value).not.toMatch(/[\r\n:,]|%(?!25|0D|0A|3A|2C)/);
    expect(properties).not.toHaveProperty(name!);
    properties[name!] = decode(value!);
  }
  return { level: level!, properties, message: decode(data!) };
}

function decode(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function lines(output: string): string[] {
  expect(output.endsWith('\n')).toBe(true);
  return output.slice(0, -1).split('\n');
}

describe('github annotations', () => {
  it('prints one valid workflow command per finding of the example, with the rule id in the title', async () => {
    const input = await reportInputFor(['examples/tenant.yaml']);
    const output = FORMATS.github(input);
    const commands = lines(output).map(parseCommand);
    const findings = findingsOf(input.targets);
    // The example may hold more findings of a kind than GitHub shows per step: then one notice counts the rest.
    const overflow = findings.length > commands.length;
    expect(commands).toHaveLength(overflow ? annotations({ findings, errors: [] }).length : findings.length);
    for (const command of commands.filter((shown) => shown.properties.title !== 'a0lint: more findings')) {
      const finding = findings.find((candidate) => command.message === candidate.message)!;
      expect(command.level).toBe({ error: 'error', warning: 'warning', note: 'notice' }[finding.severity]);
      expect(command.properties.title!.startsWith(finding.ruleId)).toBe(true);
      expect(command.properties.file).toBe(finding.location!.file);
      expect(command.properties.line).toBe(String(finding.location!.startLine));
      expect(command.properties.endLine).toBe(String(finding.location!.endLine));
    }
    expect(commands.map((command) => severityRank(command.level))).toEqual(commands.map((command) => severityRank(command.level)).sort());
  });

  it('escapes %, CR, LF, colons and commas in properties and messages, and decodes back exactly', () => {
    const finding = apiFinding({
      message: 'API "a:b, 100%" is open. Second line: 50%25 done, ok',
      name: 'Name, with: colon %0A',
      file: 'dir, with:colon/100%/tenant.yaml',
      line: 4,
      column: 3,
    });
    const output = formatGithub(syntheticInput([finding]));
    expect(lines(output)).toHaveLength(1);
    expect(output).toBe(
      '::warning file=dir%2C with%3Acolon/100%25/tenant.yaml,line=4,endLine=4,col=3,endColumn=9,' +
        'title=prefer-require-client-grant (resourceServer Name%2C with%3A colon %250A)' +
        '::API "a:b, 100%25" is open. Second line: 50%2525 done, ok\n',
    );
    const command = parseCommand(lines(output)[0]!);
    expect(command.message).toBe(finding.message);
    expect(command.properties.file).toBe(finding.location!.file);
    expect(command.properties.title).toBe('prefer-require-client-grant (resourceServer Name, with: colon %0A)');
  });

  it('shows line breaks and ESC in a message as escapes: text from the input cannot start a workflow command', () => {
    const finding = apiFinding({ message: 'API "x\r\n::error::forged\u001b[2J" is open.', name: 'x', file: 't.yaml', line: 1, column: 1 });
    const output = formatGithub(syntheticInput([finding]));
    expect(lines(output)).toHaveLength(1);
    expect(parseCommand(lines(output)[0]!).message).toBe('API "x\\u000d\\u000a::error::forged\\u001b[2J" is open.');
  });

  it('gives columns only to a finding that starts and ends on one line', () => {
    const [single, , , , , , multi] = syntheticFindings(7);
    const shown = annotations({ findings: [single!, multi!], errors: [] });
    const one = shown.find((annotation) => annotation.message === single!.message);
    const two = shown.find((annotation) => annotation.message === multi!.message);
    expect(one!.properties).toMatchObject({ startColumn: 5, endColumn: 20 });
    expect(two!.properties).not.toHaveProperty('startColumn');
    expect(two!.properties).not.toHaveProperty('endColumn');
    expect(two!.properties).toMatchObject({ startLine: 19, endLine: 21 });
    expect(parseCommand(workflowCommand(two!).trimEnd()).properties).not.toHaveProperty('col');
  });

  it('with 500 findings: at most 10 of each kind, most severe first, then one notice counting the rest', () => {
    const findings = syntheticFindings(500);
    const commands = lines(formatGithub(syntheticInput(findings))).map(parseCommand);
    const count = (level: string) => commands.filter((command) => command.level === level).length;
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(10);
    expect(count('notice')).toBe(10);
    expect(commands).toHaveLength(30);
    expect(commands.map((command) => command.level)).toEqual([
      ...Array<string>(10).fill('error'),
      ...Array<string>(10).fill('warning'),
      ...Array<string>(10).fill('notice'),
    ]);
    // The shown ones are the first of each severity in file order.
    const firstErrors = findings.filter((finding) => finding.severity === 'error').slice(0, 10);
    expect(commands.slice(0, 10).map((command) => command.message)).toEqual(firstErrors.map((finding) => finding.message));
    const last = commands.at(-1)!;
    expect(last.properties.title).toBe('a0lint: more findings');
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    const notes = findings.filter((finding) => finding.severity === 'note').length;
    expect(last.message).toBe(
      `471 more not shown as annotations (${errors - 10} errors, ${warnings - 10} warnings, ${notes - 9} notes); GitHub shows at most 10 errors, 10 warnings and 10 notices per step. ` +
        `All 500 findings (${errors} errors, ${warnings} warnings, ${notes} notes) are in the job summary and the SARIF file (code scanning).`,
    );
  });

  it('adds no notice when everything fits, and counts only what was left out', () => {
    const findings = syntheticFindings(20).filter((finding) => finding.severity !== 'error');
    expect(annotations({ findings, errors: [] }).every((annotation) => annotation.properties.title !== 'a0lint: more findings')).toBe(true);
    const many = syntheticFindings(40).filter((finding) => finding.severity === 'warning');
    const shown = annotations({ findings: many, errors: [] });
    expect(shown).toHaveLength(11);
    expect(shown.at(-1)!.message).toMatch(/^6 more not shown as annotations \(0 errors, 6 warnings, 0 notes\)/);
  });

  it('counts input errors among the errors shown and left out', () => {
    const errors = syntheticFindings(50).filter((finding) => finding.severity === 'error');
    expect(errors).toHaveLength(10);
    const inputErrors = [new InputError('cannot read', 'a.yaml'), new InputError('cannot read', 'b.yaml')];
    const shown = annotations({ findings: errors, errors: inputErrors });
    expect(shown.slice(0, 2).map((annotation) => annotation.properties.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(shown.filter((annotation) => annotation.level === 'error')).toHaveLength(10);
    expect(shown.at(-1)!.message).toMatch(/^2 more not shown as annotations \(2 errors, 0 warnings, 0 notes\)/);
  });

  it('respects lowered per-step limits (the Action keeps room for its own failure annotation)', () => {
    const shown = annotations({ findings: syntheticFindings(100), errors: [] }, { error: 9, warning: 10, notice: 10 });
    expect(shown.filter((annotation) => annotation.level === 'error')).toHaveLength(9);
  });

  it('shows input errors first, located', () => {
    const error = new InputError('invalid YAML: bad indentation', 'tenants/dev.yaml', 12, 7);
    const [first] = annotations({ findings: syntheticFindings(3), errors: [error] });
    expect(first).toEqual({
      level: 'error',
      message: 'invalid YAML: bad indentation. The results do not cover this input.',
      properties: { title: 'a0lint: input error', file: 'tenants/dev.yaml', startLine: 12, endLine: 12, startColumn: 7 },
    });
    const ended = annotations({ findings: [], errors: [new InputError('the file ends here.', 'a.yaml')] })[0]!;
    expect(ended.message).toBe('the file ends here. The results do not cover this input.');
    expect(parseCommand(workflowCommand(first!).trimEnd()).properties).toEqual({
      file: 'tenants/dev.yaml',
      line: '12',
      endLine: '12',
      col: '7',
      title: 'a0lint: input error',
    });
  });

  it('annotates live findings without a file, naming the endpoint', () => {
    const live: Finding = {
      ruleId: 'x',
      messageId: 'x',
      severity: 'note',
      message: 'Live.',
      path: '',
      endpoint: 'GET /api/v2/clients',
      fingerprint: 'b'.repeat(32),
    };
    const command = parseCommand(lines(formatGithub(syntheticInput([live])))[0]!);
    expect(command).toEqual({ level: 'notice', properties: { title: 'x' }, message: 'Live. [live data: GET /api/v2/clients]' });
  });
});
