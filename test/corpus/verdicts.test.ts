import { describe, expect, it } from 'vitest';
import { renderReview, verdictProblems, type ReviewedFinding, type RuleVerdicts } from './verdicts.js';

/** The bookkeeping the corpus test relies on: every finding judged, nothing judged that is gone. */
describe('corpus verdicts', () => {
  const finding = (fingerprint: string, where?: string): ReviewedFinding => ({
    input: 'acme/tenant.yaml',
    ruleId: 'require-mfa',
    fingerprint,
    ...(where ? { where } : {}),
    subject: 'guardianPolicies guardianPolicies /policies',
  });
  const verdicts = (findings: Record<string, string>, reasons: RuleVerdicts['reasons'] = { never: { verdict: 'true', why: 'The policy is Never.' } }) =>
    new Map<string, RuleVerdicts>([['require-mfa', { reasons, findings: { 'acme/tenant.yaml': findings } }]]);

  it('accepts findings that each have a verdict with a known reason', () => {
    expect(verdictProblems([finding('a1')], verdicts({ a1: 'never' }))).toEqual([]);
  });

  it('names a finding without a verdict, a verdict whose reason is unknown, a stale verdict and an unused reason', () => {
    const reasons = { never: { verdict: 'true' as const, why: '' }, unused: { verdict: 'false' as const, why: '' } };
    expect(verdictProblems([finding('a1', 'acme/tenant.yaml:3:13'), finding('b2')], verdicts({ b2: 'typo', gone: 'never' }, reasons))).toEqual([
      'no verdict: verdicts/require-mfa.json findings["acme/tenant.yaml"]["a1"] for acme/tenant.yaml:3:13 guardianPolicies guardianPolicies /policies',
      'verdicts/require-mfa.json: reason "typo" (for guardianPolicies guardianPolicies /policies) is not among its reasons',
      'stale verdict: verdicts/require-mfa.json findings["acme/tenant.yaml"]["gone"] matches no finding of this run; remove it',
      'verdicts/require-mfa.json: reason "unused" judges no finding; remove it or keep it in REVIEW.md',
    ]);
  });

  it('renders precision as true findings over all findings, and each finding under its reason', () => {
    const reasons = { never: { verdict: 'true' as const, why: 'The policy is Never.' }, excluded: { verdict: 'unsure' as const, why: 'Not exported.' } };
    const text = renderReview([finding('a1', 'acme/tenant.yaml:3:13'), finding('b2')], verdicts({ a1: 'never', b2: 'excluded' }, reasons));
    expect(text).toContain('| `require-mfa` | 2 | 1 | 0 | 1 | 50.0% |');
    expect(text).toContain('### never: true (1)\n\nThe policy is Never.');
    expect(text).toContain('| `acme/tenant.yaml` | `tenant.yaml:3:13` | `guardianPolicies guardianPolicies /policies` |');
    expect(text).toContain('| `acme/tenant.yaml` | (converted data) | `guardianPolicies guardianPolicies /policies` |');
  });
});
