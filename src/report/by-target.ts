import type { Finding } from '../engine/finding.js';
import type { TargetResult } from '../lint.js';

export interface TargetFindings {
  /** Absent for findings that belong to no linted target (e.g. about the configuration itself). */
  readonly target?: TargetResult;
  readonly findings: Finding[];
}

/**
 * Splits the findings to report by the target they came from. Only the findings passed in are used (a target's
 * own list may still hold findings that were suppressed since); copies of a finding are matched by their identity.
 */
export function groupByTarget(findings: readonly Finding[], targets: readonly TargetResult[]): TargetFindings[] {
  const groups: TargetFindings[] = targets.map((target) => ({ target, findings: [] }));
  const byObject = new Map<Finding, TargetFindings>();
  const byIdentity = new Map<string, TargetFindings>();
  groups.forEach((group) => {
    for (const finding of group.target!.findings) {
      byObject.set(finding, group);
      if (!byIdentity.has(identity(finding))) byIdentity.set(identity(finding), group);
    }
  });
  let rest: TargetFindings | undefined;
  for (const finding of findings) {
    const group = byObject.get(finding) ?? byIdentity.get(identity(finding));
    if (group) group.findings.push(finding);
    else (rest ??= { findings: [] }).findings.push(finding);
  }
  return rest ? [...groups, rest] : groups;
}

function identity(finding: Finding): string {
  return [finding.ruleId, finding.fingerprint, finding.location?.file ?? finding.endpoint ?? ''].join('\u0000');
}
