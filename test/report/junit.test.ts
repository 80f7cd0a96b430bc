import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { InputError } from '../../src/shared/errors.js';
import { FORMATS } from '../../src/report/formats.js';
import { formatJunit } from '../../src/report/junit.js';
import { apiFinding, reportInputFor, syntheticInput, withErrors } from './report-input.js';
import { findingsOf } from '../../src/engine/target.js';

interface TestCase {
  '@_classname': string;
  '@_name': string;
  '@_file'?: string;
  '@_line'?: string;
  failure?: { '@_message': string; '@_type': string; '#text': string };
  error?: { '@_message': string; '#text': string };
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  testcase: TestCase[];
}

function parse(xml: string): { '@_tests': string; '@_failures': string; '@_errors': string; testsuite: Suite[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  // XML 1.0 allows no other control characters, escaped or not.
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  for (const [, hex, digits] of xml.matchAll(/&#(x?)([0-9a-f]+);/gi)) {
    const code = parseInt(digits!, hex ? 16 : 10);
    expect(code === 9 || code === 10 || code === 13 || code >= 0x20).toBe(true);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
    processEntities: true,
    htmlEntities: true,
    trimValues: false,
  });
  return (parser.parse(xml) as { testsuites: ReturnType<typeof parse> }).testsuites;
}

describe('junit', () => {
  it('has a suite per rule that ran and a failing case per finding', async () => {
    const input = await reportInputFor(['examples/tenant.yaml']);
    const suites = parse(FORMATS.junit(input));
    expect(suites['@_failures']).toBe(String(findingsOf(input.targets).length));
    expect(suites.testsuite.map((suite) => suite['@_name'])).toEqual(builtinRules.map((rule) => rule.meta.id));
    for (const suite of suites.testsuite) {
      const findings = findingsOf(input.targets).filter((finding) => finding.ruleId === suite['@_name']);
      expect(suite['@_failures']).toBe(String(findings.length));
      if (findings.length === 0) expect(suite.testcase).toEqual([expect.objectContaining({ '@_name': suite['@_name'] })]);
      else expect(suite.testcase.map((testCase) => testCase.failure!['@_message'])).toEqual(findings.map((finding) => finding.message));
      for (const [index, finding] of findings.entries()) {
        const testCase = suite.testcase[index]!;
        expect(testCase['@_file']).toBe(finding.location!.file);
        expect(testCase['@_line']).toBe(String(finding.location!.startLine));
        expect(testCase.failure!['@_type']).toBe(finding.severity);
        expect(testCase.failure!['#text']).toContain(`at ${finding.location!.file}:${finding.location!.startLine}:${finding.location!.startColumn}`);
      }
    }
  });

  it('escapes markup, quotes and line breaks, and keeps control characters out of the XML', () => {
    const finding = apiFinding({
      message: 'API "<a> & \'b\'"\nline two\ttab\u0001\u001b[31m\ud800 end',
      key: ']]><x/>',
      name: 'N\u0000ame',
      file: 'a&b/<c>.yaml',
    });
    const xml = formatJunit(syntheticInput([finding]));
    const suites = parse(xml);
    const testCase = suites.testsuite[0]!.testcase[0]!;
    expect(testCase.failure!['@_message']).toBe('API "<a> & \'b\'"\nline two\ttab\\u0001\\u001b[31m\\ud800 end');
    expect(testCase['@_file']).toBe('a&b/<c>.yaml');
    expect(testCase['@_name']).toBe('resourceServer N\\u0000ame at a&b/<c>.yaml:2:1');
    expect(testCase.failure!['#text']).toContain('entity: resourceServer ]]><x/> (N\\u0000ame)');
  });

  it('reports input errors as errors in their own suite', () => {
    const error = new InputError('invalid JSON: unexpected "}"', 'dump.json', 4, 2);
    const suites = parse(formatJunit(withErrors(syntheticInput([]), [error])));
    expect(suites['@_errors']).toBe('1');
    const input = suites.testsuite.find((suite) => suite['@_name'] === 'input')!;
    expect(input.testcase[0]!.error!['@_message']).toBe('invalid JSON: unexpected "}"');
    expect(input.testcase[0]!['@_file']).toBe('dump.json');
  });

  it('passes every rule when there are no findings', () => {
    const suites = parse(formatJunit(syntheticInput([])));
    expect(suites['@_failures']).toBe('0');
    expect(suites['@_tests']).toBe(String(builtinRules.length));
  });
});
