import { builtinRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { Severity } from '../../src/engine/rule.js';
import { fingerprint } from '../../src/engine/run-rules.js';
import { categoryOf, type Target } from '../../src/engine/target.js';
import type { InputError } from '../../src/shared/errors.js';
import { lintFiles } from '../helpers/lint-files.js';
import type { ReportInput } from '../../src/report/formatter.js';

/** The ReportInput the CLI builds, from real inputs through the real loader and rules. */
export async function reportInputFor(paths: readonly string[], extra: Partial<ReportInput> = {}): Promise<ReportInput> {
  const result = await lintFiles(paths);
  return { targets: result.targets, rules: builtinRules, version: '0.1.0', color: false, ...extra };
}

const SEVERITIES: readonly Severity[] = ['note', 'warning', 'error', 'warning', 'note'];

/**
 * `count` findings spread over the built-in rules and all severities, in file/line order as the engine sorts
 * them (so the most severe are not first by accident), each one line long except every seventh.
 */
export function syntheticFindings(count: number, options: { file?: string; message?: (index: number) => string } = {}): Finding[] {
  const file = options.file ?? 'tenants/prod/tenant.yaml';
  return Array.from({ length: count }, (_, index): Finding => {
    const rule = builtinRules[index % builtinRules.length]!;
    const line = index * 3 + 1;
    const multiline = index % 7 === 6;
    return {
      ruleId: rule.meta.id,
      messageId: Object.keys(rule.meta.messages)[0]!,
      severity: SEVERITIES[index % SEVERITIES.length]!,
      message: options.message?.(index) ?? `Synthetic finding ${index} for ${rule.meta.id}.`,
      entity: { kind: 'client', key: `client-${index}`, name: `App ${index}` },
      path: '/grant_types',
      location: { file, startLine: line, startColumn: 5, endLine: multiline ? line + 2 : line, endColumn: multiline ? 3 : 20 },
      fingerprint: fingerprint(rule.meta.id, 'client', `client-${index}`, '/grant_types'),
    };
  });
}

/** A ReportInput for findings that did not come from a linted file (one target holding all of them). */
export function syntheticInput(findings: Finding[], extra: Partial<ReportInput> = {}, targetPath = 'tenants/prod/tenant.yaml'): ReportInput {
  return { targets: [targetOf(targetPath, findings)], rules: builtinRules, version: '0.1.0', color: false, ...extra };
}

export const severityRank = (severity: string): number => ({ error: 0, warning: 1, note: 2, notice: 2 })[severity] ?? 9;

/** One finding on an API with the given (often hostile) message, names and file, for escaping tests. */
export function apiFinding(fields: {
  message: string;
  name?: string;
  key?: string;
  file: string;
  severity?: Severity;
  line?: number;
  column?: number;
}): Finding {
  const line = fields.line ?? 2;
  const column = fields.column ?? 1;
  return {
    ruleId: 'prefer-require-client-grant',
    messageId: 'defaulted',
    severity: fields.severity ?? 'warning',
    message: fields.message,
    entity: { kind: 'resourceServer', key: fields.key ?? 'https://x.example.com', ...(fields.name !== undefined ? { name: fields.name } : {}) },
    path: '/subject_type_authorization',
    location: { file: fields.file, startLine: line, startColumn: column, endLine: line, endColumn: column + 6 },
    fingerprint: fingerprint('prefer-require-client-grant', fields.file, fields.message),
  };
}

/** An input target as the application core makes one (its category derived from the path). */
export function targetOf(targetPath: string, findings: readonly Finding[] = [], errors: readonly InputError[] = []): Target {
  return { kind: 'input', path: targetPath, category: categoryOf(targetPath, undefined, undefined), findings, errors };
}

/** The same report with these input errors on its (only) target. */
export function withErrors(input: ReportInput, errors: readonly InputError[]): ReportInput {
  return { ...input, targets: input.targets.map((target) => ({ ...target, errors })) };
}
