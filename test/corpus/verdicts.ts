/**
 * Hand verdicts on the corpus snapshot's findings, one file per rule in `verdicts/<rule-id>.json`, keyed by input and
 * fingerprint (stable across moved lines and reformatting). The corpus test requires a verdict for every finding of
 * every rule except those reviewed in prose in REVIEW.md before per-finding verdicts existed, refuses verdicts that
 * match no finding any more, and renders `posture-review.md` (per-finding table and precision per rule) from both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Rules whose corpus findings REVIEW.md judges in prose, grouped by cause (reviewed before this file existed). */
export const REVIEWED_IN_PROSE: ReadonlySet<string> = new Set([
  'audit-credentials-read-only',
  'confidential-client-auth',
  'explicit-access-policy',
  'grant-matches-app-type',
  'grant-scopes-defined',
  'limit-token-lifetime',
  'management-api-least-privilege',
  'management-api-user-access',
  'no-allow-all-scopes',
  'no-client-grants-on-deny-all',
  'no-dangling-client-grants',
  'no-duplicate-client-grants',
  'no-implicit-grant',
  'no-localhost-urls',
  'no-password-grant',
  'no-secrets-in-config',
  'no-symmetric-signing',
  'no-third-party-system-api-grants',
  'no-unresolved-keywords',
  'prefer-require-client-grant',
  'require-refresh-token-rotation',
  'secure-redirect-urls',
  'terraform-unknown-values',
  'valid-access-policy',
  'valid-field-types',
]);

export type Verdict = 'true' | 'false' | 'unsure';

/** One cause shared by findings of a rule: whether they are true, and why (with the facts that decide it). */
export interface Reason {
  readonly verdict: Verdict;
  readonly why: string;
}

export interface RuleVerdicts {
  readonly reasons: Readonly<Record<string, Reason>>;
  /** Input (as in findings.json) → fingerprint → reason id. */
  readonly findings: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A finding of the corpus run that needs a verdict. */
export interface ReviewedFinding {
  readonly input: string;
  readonly ruleId: string;
  readonly fingerprint: string;
  /** `file:line:col`, relative to the corpus; absent for converted data. */
  readonly where?: string;
  /** `kind key path`, as findings.json prints it after the location. */
  readonly subject: string;
}

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'verdicts');

export function readVerdicts(): Map<string, RuleVerdicts> {
  const verdicts = new Map<string, RuleVerdicts>();
  if (!existsSync(folder)) return verdicts;
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json')).sort()) {
    verdicts.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as RuleVerdicts);
  }
  return verdicts;
}

/** What is wrong with the verdict files against this run, as lines a reviewer can act on; empty when all is judged. */
export function verdictProblems(findings: readonly ReviewedFinding[], verdicts: ReadonlyMap<string, RuleVerdicts>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    seen.add(`${finding.ruleId}\u0000${finding.input}\u0000${finding.fingerprint}`);
    const rule = verdicts.get(finding.ruleId);
    const reason = rule?.findings[finding.input]?.[finding.fingerprint];
    if (reason === undefined) {
      problems.push(`no verdict: verdicts/${finding.ruleId}.json findings["${finding.input}"]["${finding.fingerprint}"] for ${described(finding)}`);
    } else if (!rule!.reasons[reason]) {
      problems.push(`verdicts/${finding.ruleId}.json: reason "${reason}" (for ${described(finding)}) is not among its reasons`);
    }
  }
  for (const [ruleId, rule] of verdicts) {
    for (const [input, byFingerprint] of Object.entries(rule.findings)) {
      for (const fingerprint of Object.keys(byFingerprint)) {
        if (!seen.has(`${ruleId}\u0000${input}\u0000${fingerprint}`)) {
          problems.push(`stale verdict: verdicts/${ruleId}.json findings["${input}"]["${fingerprint}"] matches no finding of this run; remove it`);
        }
      }
    }
    const used = new Set(Object.values(rule.findings).flatMap((byFingerprint) => Object.values(byFingerprint)));
    for (const reason of Object.keys(rule.reasons)) {
      if (!used.has(reason)) problems.push(`verdicts/${ruleId}.json: reason "${reason}" judges no finding; remove it or keep it in REVIEW.md`);
    }
  }
  return problems;
}

/** The per-finding review: precision per rule, then each rule's findings grouped by reason. */
export function renderReview(findings: readonly ReviewedFinding[], verdicts: ReadonlyMap<string, RuleVerdicts>): string {
  const byRule = new Map<string, ReviewedFinding[]>();
  for (const finding of findings) (byRule.get(finding.ruleId) ?? byRule.set(finding.ruleId, []).get(finding.ruleId)!).push(finding);
  const rules = [...byRule.keys()].sort();
  const lines = [
    '# Corpus findings judged one by one',
    '',
    'Generated by `test/corpus.test.ts` from the corpus run and the verdicts in `verdicts/<rule-id>.json`; do not edit by',
    'hand (change a verdict file, then run `npx vitest run test/corpus.test.ts -u`). Rules not listed here are reviewed in',
    'prose in `REVIEW.md`. A verdict is `true` (the finding is right, located at the value it is about, and its message',
    "says what the data shows), `false` (a false alarm, a wrong place or a wrong message: the rule is fixed instead, so",
    'none should stay), or `unsure` (the export cannot decide it; the reason says what would).',
    '',
    '## Precision',
    '',
    '| Rule | Findings | True | False | Unsure | Precision (true / findings) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  const verdictOf = (finding: ReviewedFinding): Reason | undefined => {
    const rule = verdicts.get(finding.ruleId);
    const reason = rule?.findings[finding.input]?.[finding.fingerprint];
    return reason === undefined ? undefined : rule!.reasons[reason];
  };
  let total = 0;
  let trueTotal = 0;
  for (const ruleId of rules) {
    const list = byRule.get(ruleId)!;
    const count = (verdict: Verdict): number => list.filter((finding) => verdictOf(finding)?.verdict === verdict).length;
    total += list.length;
    trueTotal += count('true');
    lines.push(`| \`${ruleId}\` | ${list.length} | ${count('true')} | ${count('false')} | ${count('unsure')} | ${percent(count('true'), list.length)} |`);
  }
  lines.push(`| all | ${total} | ${trueTotal} | | | ${percent(trueTotal, total)} |`, '');
  for (const ruleId of rules) {
    lines.push(`## \`${ruleId}\``, '');
    const rule = verdicts.get(ruleId);
    const groups = new Map<string, ReviewedFinding[]>();
    for (const finding of byRule.get(ruleId)!) {
      const reason = rule?.findings[finding.input]?.[finding.fingerprint] ?? '(no verdict)';
      (groups.get(reason) ?? groups.set(reason, []).get(reason)!).push(finding);
    }
    for (const [reasonId, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const reason = rule?.reasons[reasonId];
      lines.push(`### ${reasonId}: ${reason?.verdict ?? 'no verdict'} (${group.length})`, '', reason?.why ?? '', '', '| Input | Where | Entity and path |', '|---|---|---|');
      for (const finding of group) {
        // The input names the file's folder already; the place keeps the part of the path inside the export.
        const place = finding.where === undefined ? '(converted data)' : cell(insideExport(finding.where, finding.input));
        lines.push(`| ${cell(finding.input)} | ${place} | ${cell(finding.subject)} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A place relative to the export's folder (a directory export, or the folder of a tenant.yaml). */
function insideExport(where: string, input: string): string {
  for (const base of [input, path.posix.dirname(input)]) if (where.startsWith(`${base}/`)) return where.slice(base.length + 1);
  return where;
}

function described(finding: ReviewedFinding): string {
  return finding.where === undefined ? finding.subject : `${finding.where} ${finding.subject}`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

function cell(text: string): string {
  return `\`${text.replace(/\|/g, '\\|').replace(/`/g, "'")}\``;
}
