import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { configureRun, type ConfiguredRun } from '../config/configured-run.js';
import { findConfigFile } from '../config/load-config.js';
import type { Finding } from '../engine/finding.js';
import { lintPaths, type LintResult } from '../lint.js';
import { BaseUnavailable } from './base-copy.js';
import { readPullRequest, type PullRequestContext } from './event.js';
import { mappedSecrets } from '../engine/conceal.js';
import { maskSecret, type ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { splitByBase } from './new-findings.js';
import type { Outcome } from './outcome.js';
import { pullRequestAccess } from './access-changes.js';
import { readBase } from './read-base.js';
import { terraformBaseInputs } from './terraform-base.js';

/**
 * Lints the exports as checked out and, for a pull request, the same paths at the PR's base, so that only what
 * the change introduces is reported. The head's configuration applies to both sides: a change is judged by the
 * rules it will be merged under.
 */
export async function lintExports(inputs: ActionInputs, io: ActionIo): Promise<Outcome> {
  // Paths are shown relative to the workspace (the repository root), as annotations and SARIF need them.
  const root = path.resolve(io.env.GITHUB_WORKSPACE ?? inputs.workingDirectory);
  // Relative to the workspace, so that the base copy, which mirrors the workspace, names each input the same way.
  const inputPaths = inputs.paths.map((input) => path.relative(root, path.resolve(inputs.workingDirectory, input)) || '.');
  const configFile = inputs.config === undefined ? await findConfigFile(inputs.workingDirectory) : path.resolve(inputs.workingDirectory, inputs.config);
  const configured = await configureRun({ cwd: root, ...(configFile !== undefined ? { configFile } : {}) });
  // Mapped keyword values are secrets: reports show their markers, and the runner hides them from the log too.
  for (const mappings of [configured.config.mappings, ...configured.config.overrides.map((override) => override.mappings)]) {
    for (const { value } of mappedSecrets(mappings ?? {})) maskSecret(io, value);
  }
  const now = new Date();
  const { result } = await configured.finish(await configured.lint(inputPaths, {}), { now });

  const notes: string[] = [];
  const pullRequest = await readPullRequest(io.env);
  let onlyNew = inputs.onlyNew ?? pullRequest !== undefined;
  if (onlyNew && !pullRequest) {
    notes.push(`"only-new" needs a pull_request event (this is ${io.env.GITHUB_EVENT_NAME ?? 'not a workflow run'}), so every finding is reported.`);
    onlyNew = false;
  }
  const all = { result, reported: result.findings, preexisting: [], fixed: 0, rules: configured.reportRules, notes };
  if (!onlyNew || !pullRequest) return all;
  if (result.errors.length > 0) return all; // The step fails on the input errors; comparing would add nothing.

  const base = await lintBase(configured, inputPaths, root, pullRequest, inputs.githubToken, now, terraformBaseInputs(result, inputPaths, root)).catch((error: unknown) => {
    if (error instanceof BaseUnavailable) return error;
    throw error;
  });
  if (base instanceof BaseUnavailable) {
    notes.push(`Could not read the pull request's base (${base.message}), so every finding is reported as new. Check out with "fetch-depth: 0" to compare.`);
    return all;
  }
  if (base.errors.length > 0) {
    notes.push(`The base version could not be read completely (${base.errors[0]!.format()}), so every finding is reported as new.`);
    return all;
  }
  const split = splitByBase(byTarget(result), byTarget(base));
  return {
    result,
    reported: split.introduced,
    preexisting: split.preexisting,
    fixed: split.fixed,
    comparedWith: pullRequest.baseSha,
    rules: configured.reportRules,
    notes,
    access: pullRequestAccess(inputPaths, result.targets, base.targets),
  };
}

async function lintBase(
  configured: ConfiguredRun,
  inputPaths: readonly string[],
  root: string,
  pullRequest: PullRequestContext,
  token: string | undefined,
  now: Date,
  special: ReadonlyMap<string, { readonly lint: string; readonly copy: readonly string[] }>,
): Promise<LintResult> {
  const into = await mkdtemp(path.join(os.tmpdir(), 'a0lint-base-'));
  try {
    const absolute = (input: string) => path.resolve(root, input);
    const present = await readBase({
      sha: pullRequest.baseSha,
      inputs: [...new Set(inputPaths.flatMap((input) => special.get(input)?.copy ?? [input]))].map(absolute),
      root,
      into,
      repository: pullRequest.baseRepository,
      ...(token !== undefined ? { token } : {}),
    });
    const targets: LintResult['targets'] = [];
    for (const input of inputPaths) {
      const lint = special.get(input)?.lint ?? input;
      if (!present.has(absolute(lint))) continue;
      // The copy mirrors the workspace, so paths (and the configuration's globs) see the same relative names.
      const settings = configured.settingsFor(input);
      const linted = await lintPaths([lint], {
        cwd: into,
        rules: configured.lintRules,
        settingsFor: () => settings.rules,
        ...(settings.tenantDomain !== undefined ? { tenantDomain: settings.tenantDomain } : {}),
        ...(settings.mappings !== undefined ? { mappings: settings.mappings } : {}),
      });
      // Compared under the head's input name (a plan's base is its configuration folder).
      targets.push(...linted.targets.map((target) => ({ ...target, path: input })));
    }
    const raw: LintResult = { targets, findings: targets.flatMap((target) => target.findings), errors: targets.flatMap((target) => target.errors) };
    const { result } = await configured.finish(raw, { now });
    return result;
  } finally {
    await rm(into, { recursive: true, force: true });
  }
}

/** Findings per input path, as the workspace names it (configuration findings are their own group). */
function byTarget(result: LintResult): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  const owner = new Map<Finding, string>();
  for (const target of result.targets) for (const finding of target.findings) owner.set(finding, target.path);
  for (const finding of result.findings) {
    const key = owner.get(finding) ?? '(configuration)';
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return groups;
}
