import { lint, type LintRequest } from '../../src/app/lint.js';
import type { Finding } from '../../src/engine/finding.js';
import { errorsOf, findingsOf, type Target } from '../../src/engine/target.js';
import type { InputError } from '../../src/shared/errors.js';

/** Lints files through the application core without any configuration file, with every finding and error listed. */
export async function lintFiles(
  paths: readonly string[],
  options: Omit<LintRequest, 'paths'> & { cwd?: string } = {},
): Promise<{ targets: readonly Target[]; findings: Finding[]; errors: InputError[] }> {
  const { targets } = await lint({ ...options, cwd: options.cwd ?? process.cwd(), paths, noConfig: true });
  return { targets, findings: findingsOf(targets), errors: errorsOf(targets) };
}
