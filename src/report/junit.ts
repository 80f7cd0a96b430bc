import type { Finding } from '../engine/finding.js';
import type { AnyRule } from '../engine/rule.js';
import { joined, type ChunkedFormatter } from './formatter.js';
import { ruleLink } from './links.js';
import { errorsOf, findingsOf } from '../engine/target.js';

/**
 * JUnit XML for CI systems other than GitHub: one testsuite per rule that ran (a passing testcase when the rule
 * found nothing, one failing testcase per finding), and a testsuite of input errors when some input was unreadable.
 */
export const junitChunks: ChunkedFormatter = function* ({ targets, rules }) {
  const findings = findingsOf(targets);
  const errors = errorsOf(targets);
  const byRule = new Map<string, Finding[]>(rules.map((rule) => [rule.meta.id, []]));
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const finding of findings) {
    const items = byRule.get(finding.ruleId);
    if (items) items.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  let tests = errors.length;
  for (const items of byRule.values()) tests += Math.max(1, items.length);
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="a0lint" tests="${tests}" failures="${findings.length}" errors="${errors.length}" time="0">\n`
  );
  for (const [ruleId, items] of byRule) {
    yield suiteStart(ruleId, Math.max(1, items.length), items.length, 0);
    if (items.length === 0) yield `    <testcase classname="${xml(ruleId)}" name="${xml(ruleId)}" time="0"/>\n`;
    const rule = rulesById.get(ruleId);
    for (const finding of items) yield findingCase(finding, rule);
    yield SUITE_END;
  }
  if (errors.length > 0) {
    yield suiteStart('input', errors.length, 0, errors.length);
    for (const error of errors) {
      yield (
        `    <testcase classname="input" name="${xml(error.format())}"${error.file ? ` file="${xml(error.file)}"` : ''} time="0">\n` +
        `      <error message="${xml(error.message)}" type="input-error">${xml(error.format())}</error>\n    </testcase>\n`
      );
    }
    yield SUITE_END;
  }
  yield '</testsuites>\n';
};

export const formatJunit = joined(junitChunks);

const SUITE_END = '  </testsuite>\n';

function suiteStart(name: string, tests: number, failures: number, errors: number): string {
  return `  <testsuite name="${xml(name)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n`;
}

function findingCase(finding: Finding, rule: AnyRule | undefined): string {
  const { location, entity } = finding;
  const where = location ? `${location.file}:${location.startLine}:${location.startColumn}` : finding.endpoint ? `live: ${finding.endpoint}` : '';
  const subject = entity ? `${entity.kind} ${entity.name ?? entity.key}` : finding.path || finding.ruleId;
  const details = [
    `${finding.severity}: ${finding.message}`,
    where && `at ${where}`,
    entity && `entity: ${entity.kind} ${entity.key}${entity.name !== undefined && entity.name !== entity.key ? ` (${entity.name})` : ''}`,
    finding.path && `path: ${finding.path}`,
    `rule: ${ruleLink(finding.ruleId, rule) ?? finding.ruleId}`,
  ].filter(Boolean);
  return (
    `    <testcase classname="${xml(finding.ruleId)}" name="${xml(where ? `${subject} at ${where}` : subject)}"` +
    `${location ? ` file="${xml(location.file)}" line="${location.startLine}"` : ''} time="0">\n` +
    `      <failure message="${xml(finding.message)}" type="${finding.severity}">${xml(details.join('\n'))}</failure>\n` +
    '    </testcase>\n'
  );
}

const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must not pass through
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NEEDS_ESCAPE = new RegExp(`${NOT_IN_XML.source}|[&<>"'\\t\\n\\r]`);

/**
 * Text safe in XML 1.0 content and attribute values. Characters XML 1.0 cannot hold at all (most control
 * characters, lone surrogates, U+FFFE/U+FFFF) are written as visible `\uXXXX`; line breaks and tabs become
 * character references so attribute normalization keeps them.
 */
export function xml(value: string): string {
  // Most names and messages need none of it: one scan instead of nine.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(NOT_IN_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
