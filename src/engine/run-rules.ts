import { hash } from 'node:crypto';
import type { Origin, Tenant } from '../model/types.js';
import { concealNothing, type Conceal } from './conceal.js';
import type { Finding, FindingLocation } from './finding.js';
import { printable } from '../shared/printable.js';
import type { AnyRule, Report } from './rule.js';
import { SEVERITY_RANK, type Severity } from '../shared/severity.js';

export interface RuleSetting {
  readonly severity: Severity | 'off';
  readonly options?: object;
}

/** How each rule runs; rules without a setting run at their default severity with their default options. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

/**
 * check → locate: runs every enabled rule over the model, then turns each report into a located finding.
 * Rules see only the model; locating happens here, once per finding, so clean inputs never pay for positions.
 * `conceal` hides what must never be printed (mapped keyword values) in messages and entity names; fingerprints are
 * taken from the concealed names, so they do not change with the mapping's value either.
 * An enabled rule whose tenant sections the input does not hold is not run; its id goes to `notRun`.
 */
export function runRules(
  tenant: Tenant,
  rules: readonly AnyRule[],
  settings: RuleSettings = new Map(),
  conceal: Conceal = concealNothing,
  notRun?: string[],
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const requires = rule.meta.requires;
    if (requires && requires.length > 0 && !requires.some((section) => tenant.posture.known.has(section))) {
      notRun?.push(rule.meta.id);
      continue;
    }
    const options = effectiveOptions(rule, setting);
    rule.check({
      tenant,
      options,
      report: (report) => findings.push(toFinding(rule, severity, report, conceal)),
    });
  }
  return sortFindings(findings);
}

/** The options a rule runs with: its defaults, each replaced by the configured value of the same name. */
export function effectiveOptions(rule: AnyRule, setting: RuleSetting | undefined): object {
  return { ...((rule.meta.defaultOptions as object | undefined) ?? {}), ...(setting?.options ?? {}) };
}

function toFinding(rule: AnyRule, severity: Severity, report: Report, conceal: Conceal): Finding {
  // Types catch an unknown id in TypeScript rules; this catches it in rules written in plain JavaScript.
  const template = Object.hasOwn(rule.meta.messages, report.messageId) ? rule.meta.messages[report.messageId] : undefined;
  if (template === undefined) throw new UnknownMessageError(rule, report.messageId);
  const path = report.path ?? '';
  const origin: Origin | undefined = report.origin ?? (report.entity && { source: report.entity.origin.source, pointer: report.entity.origin.pointer + path });
  const source = origin?.source;
  const range = source?.locate?.(origin!.pointer, report.needle);
  const location: FindingLocation | undefined = source?.file !== undefined && range ? { file: source.file, ...range } : undefined;
  const entity = report.entity && {
    kind: report.entity.kind,
    // Names reach every report, SARIF and JSON included: control and invisible characters are shown as escapes.
    key: printable(conceal(report.entity.key)),
    ...(report.entity.name !== undefined ? { name: printable(conceal(report.entity.name)) } : {}),
  };
  const identity = entity ? [entity.kind, entity.key, report.subject ?? path] : [source?.file ?? source?.endpoint ?? '', report.subject ?? path];
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity: report.severity !== undefined && SEVERITY_RANK[report.severity] > SEVERITY_RANK[severity] ? report.severity : severity,
    message: conceal(fill(template, report.data ?? {})),
    ...(entity ? { entity } : {}),
    path,
    ...(location ? { location } : {}),
    ...(!location && source?.endpoint ? { endpoint: source.endpoint } : {}),
    fingerprint: fingerprint(rule.meta.id, ...identity),
  };
}

/** A rule reported a message id its metadata does not define: a fault of the rule, named so its author can fix it. */
export class UnknownMessageError extends Error {
  constructor(rule: AnyRule, messageId: unknown) {
    const known = Object.keys(rule.meta.messages).map((id) => `"${id}"`);
    super(`rule ${rule.meta.id} reported message id ${JSON.stringify(messageId)}, which is not in its meta.messages (${known.join(', ') || 'none'})`);
    this.name = 'UnknownMessageError';
  }
}

export function fingerprint(...parts: readonly string[]): string {
  // The one-shot hash: a Hash object per finding costs more than hashing its few bytes.
  return hash('sha256', parts.join('\u0000')).slice(0, 32);
}

const compiled = new Map<string, readonly string[]>();

/**
 * A message template cut at its `{{name}}` placeholders: literal text, then for each placeholder the placeholder as
 * written, its name and the literal text after it.
 */
export function templateParts(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/(\{\{\s*(\w+)\s*\}\})/)));
  return parts;
}

export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  const parts = templateParts(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!;
    text += (Object.hasOwn(data, name) ? printable(String(data[name])) : parts[i]!) + parts[i + 2]!;
  }
  return text;
}

/** File, line, column, then rule and entity: the same input always prints the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  const text = (value: string | undefined): string => value ?? '\uffff';
  return findings.sort(
    (a, b) =>
      compare(text(a.location?.file), text(b.location?.file)) ||
      (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
      (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0) ||
      compare(a.entity?.kind ?? '', b.entity?.kind ?? '') ||
      compare(a.entity?.key ?? '', b.entity?.key ?? '') ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.path, b.path) ||
      compare(a.fingerprint, b.fingerprint),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
