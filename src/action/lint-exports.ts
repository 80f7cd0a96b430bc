import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expandInputGlobs } from '../app/input-globs.js';
import { tooManySarifRuns } from '../report/sarif.js';
import { UsageError } from '../shared/errors.js';
import { finish, type FinishOptions } from '../app/finish.js';
import { lintPath, lintProject } from '../app/lint.js';
import type { Project } from '../app/project.js';
import { errorsOf, type Target } from '../engine/target.js';
import { BaseUnavailable } from './base-copy.js';
import { readPullRequest, type PullRequestContext } from './event.js';
import { mappedSecrets } from '../engine/conceal.js';
import { maskSecret, type ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { splitTargets } from './new-findings.js';
import type { Outcome } from './outcome.js';
import { pullRequestAccess } from './access-changes.js';
import { openWorkspace } from './project.js';
import { readBase } from './read-base.js';
import { terraformBaseInputs } from './terraform-base.js';
import { openBaseProject } from './config-source.js';
import { configWeakenings, weakeningFindings, type Weakening } from '../config/weakening.js';
import { configWideSettings } from '../config/settings.js';
import { weakenedConfiguration } from '../config/rules/index.js';
import { sortFindings } from '../engine/run-rules.js';

/**
 * Lints the exports as checked out and, for a pull request, the same paths at the PR's base, so that only what
 * the change introduces is reported. One configuration judges both sides: on a pull request the base's (unless
 * "config-source" is head), so that a pull request cannot switch its own check off; elsewhere the checkout's.
 */
export async function lintExports(inputs: ActionInputs, io: ActionIo): Promise<Outcome> {
  const pullRequest = await readPullRequest(io.env);
  const into = pullRequest && inputs.configSource === 'base' ? await mkdtemp(path.join(os.tmpdir(), 'a0lint-base-config-')) : undefined;
  try {
    return await lintExportsWith(inputs, io, pullRequest, into);
  } finally {
    if (into) await rm(into, { recursive: true, force: true });
  }
}

async function lintExportsWith(
  inputs: ActionInputs,
  io: ActionIo,
  pullRequest: PullRequestContext | undefined,
  baseConfigDir: string | undefined,
): Promise<Outcome> {
  const head = await openWorkspace(inputs, io);
  const root = head.cwd;
  // Relative to the workspace, so that the base copy, which mirrors the workspace, names each input the same way.
  // Globs are expanded in the checked-out workspace and may not reach out of it.
  const expanded = await expandInputGlobs(inputs.paths, inputs.workingDirectory, root);
  const sarifRefused = tooManySarifRuns(expanded.length);
  if (sarifRefused)
    throw new UsageError(
      `"path": its globs match ${expanded.length} inputs; ${sarifRefused} (narrow the globs or use several steps, each with its own "sarif-file")`,
    );
  const inputPaths = expanded.map((input) => path.relative(root, path.resolve(inputs.workingDirectory, input)) || '.');
  const notes: string[] = [];
  let project = head;
  let weakenings: Weakening[] = [];
  if (pullRequest && baseConfigDir) {
    const baseNotes: string[] = [];
    const base = await openBaseProject(inputs, root, pullRequest.baseSha, baseConfigDir, baseNotes).catch((error: unknown) => {
      if (error instanceof BaseUnavailable) return error;
      throw error;
    });
    if (base instanceof BaseUnavailable) {
      notes.push(
        `Could not read the configuration at the pull request's base (${base.message}), so the pull request's own configuration was used and changes to it are not checked. Check out with "fetch-depth: 0".`,
      );
    } else {
      project = base;
      notes.push(...baseNotes);
      weakenings = configWeakenings(base, head, head.reportRules, inputPaths);
    }
  }
  const baseline = await baselineFor(inputs, project, head, notes);
  // Mapped keyword values are secrets: reports show their markers, and the runner hides them from the log too.
  for (const config of new Set([head.config, project.config])) {
    for (const mappings of [config.mappings, ...config.overrides.map((override) => override.mappings)]) {
      for (const { value } of mappedSecrets(mappings ?? {})) maskSecret(io, value);
    }
  }
  const now = new Date();
  // The base's project lives in its copy: the head's inputs are read from the workspace, under the same names.
  const linted = await lintProject(project, { paths: inputPaths, now, ...(project === head ? {} : { readFrom: root }), ...baseline });
  const targets = withWeakenings(linted.targets, weakenings, project, head);

  // Ignore and baseline counts, and notices (a domain mismatch, partial data), as the CLI prints them.
  notes.push(...linted.notes);
  let onlyNew = inputs.onlyNew ?? pullRequest !== undefined;
  if (onlyNew && !pullRequest) {
    notes.push(`"only-new" needs a pull_request event (this is ${io.env.GITHUB_EVENT_NAME ?? 'not a workflow run'}), so every finding is reported.`);
    onlyNew = false;
  }
  const all = { targets, reported: targets, preexisting: [], fixed: [], rules: project.reportRules, notes, ...(pullRequest ? { pullRequest } : {}) };
  if (!onlyNew || !pullRequest) return all;
  if (errorsOf(targets).length > 0) return all; // The step fails on the input errors; comparing would add nothing.

  const github = { token: inputs.githubToken, apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com' };
  const base = await lintBase(project, inputPaths, root, pullRequest, github, { now, ...baseline }, terraformBaseInputs(targets, inputPaths, root)).catch(
    (error: unknown) => {
      if (error instanceof BaseUnavailable) return error;
      throw error;
    },
  );
  if (base instanceof BaseUnavailable) {
    notes.push(`Could not read the pull request's base (${base.message}), so every finding is reported as new. Check out with "fetch-depth: 0" to compare.`);
    return all;
  }
  const baseErrors = errorsOf(base);
  if (baseErrors.length > 0) {
    notes.push(`The base version could not be read completely (${baseErrors[0]!.format()}), so every finding is reported as new.`);
    return all;
  }
  const split = splitTargets(targets, base);
  return {
    targets,
    reported: split.introduced,
    preexisting: split.preexisting,
    fixed: split.fixed,
    comparedWith: pullRequest.baseSha,
    pullRequest,
    rules: project.reportRules,
    notes,
    access: pullRequestAccess(inputPaths, targets, base),
  };
}

/** The same inputs at the pull request's base, read from a copy of it, under the given project's configuration. */
async function lintBase(
  project: Project,
  inputPaths: readonly string[],
  root: string,
  pullRequest: PullRequestContext,
  github: { readonly token: string | undefined; readonly apiUrl: string },
  accepted: FinishOptions,
  special: ReadonlyMap<string, { readonly lint: string; readonly copy: readonly string[] }>,
): Promise<readonly Target[]> {
  const into = await mkdtemp(path.join(os.tmpdir(), 'a0lint-base-'));
  try {
    const absolute = (input: string) => path.resolve(root, input);
    const present = await readBase({
      sha: pullRequest.baseSha,
      inputs: [...new Set(inputPaths.flatMap((input) => special.get(input)?.copy ?? [input]))].map(absolute),
      root,
      into,
      repository: pullRequest.baseRepository,
      apiUrl: github.apiUrl,
      ...(github.token !== undefined ? { token: github.token } : {}),
    });
    const targets: Target[] = [];
    for (const input of inputPaths) {
      const lint = special.get(input)?.lint ?? input;
      if (!present.has(absolute(lint))) continue;
      // The copy mirrors the workspace, so paths (and the configuration's globs) see the same relative names;
      // compared under the head's input name (a plan's base is its configuration folder).
      targets.push(await lintPath(project, lint, { readFrom: into }, input));
    }
    // The baseline applies to both sides, so a finding it accepts is neither new at head nor fixed at base.
    return (await finish(project, targets, accepted)).targets;
  } finally {
    await rm(into, { recursive: true, force: true });
  }
}

/**
 * The "baseline" input, read from the judging project's folder: on a pull request judged by its base, the base's
 * baseline, so that a pull request cannot accept its own new findings by adding them to the file.
 */
async function baselineFor(inputs: ActionInputs, judge: Project, head: Project, notes: string[]): Promise<{ baseline?: string }> {
  if (inputs.baseline === undefined) return {};
  if (judge !== head && !(await stat(path.join(judge.cwd, inputs.baseline)).catch(() => undefined))) {
    notes.push(
      `The baseline ${inputs.baseline} is not in the pull request's base, so it leaves out nothing here; it applies once merged (config-source: head uses the pull request's own).`,
    );
    return {};
  }
  return { baseline: inputs.baseline };
}

/**
 * The pull request's configuration changes that check less, as weakened-configuration findings in its
 * configuration file, at the severity the judging (base) configuration gives the rule.
 */
function withWeakenings(targets: readonly Target[], weakenings: readonly Weakening[], judge: Project, head: Project): readonly Target[] {
  if (weakenings.length === 0) return targets;
  const severity =
    configWideSettings(judge.config, judge.reportRules).get(weakenedConfiguration.meta.id)?.severity ?? weakenedConfiguration.meta.defaultSeverity;
  const file = head.config.document?.file ?? path.relative(head.cwd, path.join(head.config.baseDir, '.a0lint.yml'));
  const findings = weakeningFindings(weakenings, head.config, file, severity);
  if (findings.length === 0) return targets;
  const existing = targets.find((target) => target.kind === 'configuration' && target.path === file);
  if (!existing) return [...targets, { kind: 'configuration', path: file, category: 'other', findings: sortFindings(findings), errors: [] }];
  return targets.map((target) => (target === existing ? { ...target, findings: sortFindings([...target.findings, ...findings]) } : target));
}
