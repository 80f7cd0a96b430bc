import { SEVERITY_RANK, type Severity } from '../shared/severity.js';

/** Errors, then warnings, then notes; within a severity the input order (file, line) is kept. */
export function mostSevereFirst<T extends { readonly severity: Severity }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
