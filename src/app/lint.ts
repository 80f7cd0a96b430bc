import type { AnyRule } from '../engine/rule.js';
import { categoryOf, noticesOf, type Target } from '../engine/target.js';
import { loadInput, type LoadOptions } from '../loaders/load.js';
import { concealMappedValues, type Conceal } from '../engine/conceal.js';
import { InputError } from '../shared/errors.js';
import { finish } from './finish.js';
import { inputSettings, type GivenSettings } from './input-settings.js';
import { lintInput } from './lint-input.js';
import type { LiveSource } from './live.js';
import { openProject, type Project, type ProjectOptions } from './project.js';

/** How files are read: `--input-format`, `--max-file-size`, `--max-aliases`, and `--deploy-config`'s AUTH0_BASE_PATH. */
export type ReadOptions = Pick<LoadOptions, 'format' | 'maxFileSize' | 'yaml' | 'basePath'>;

/** One run: which inputs, with which settings, and what to accept afterwards. */
export interface LintRequest extends GivenSettings {
  /** Export files or folders and API dumps, relative to the project's folder; each is its own target. */
  readonly paths?: readonly string[];
  /** A live tenant to audit (one target, named by its host). */
  readonly live?: LiveSource;
  readonly read?: ReadOptions;
  /**
   * Read the paths from this copy of the project's folder instead (a pull request's base): inputs keep their names,
   * so the configuration's globs and the findings' files are the same as for the original.
   */
  readonly readFrom?: string;
  /** The day ignore entries expire against (a clock the tests can set); today when not given. */
  readonly now?: Date;
  /** `--baseline FILE`. */
  readonly baseline?: string;
  /** `--update-baseline FILE`. */
  readonly updateBaseline?: string;
  /**
   * `--jobs`: lint several paths at once on up to this many threads (1: one after another on this thread). Given
   * at all, the targets carry no loaded input and no model: a thread keeps them, and a serial run drops each as soon
   * as its findings are made, so that a fleet holds one tenant's model at a time, not all of them. A caller that
   * needs the models (the Action's access changes) leaves `jobs` out.
   */
  readonly jobs?: number;
}

/** What decides how one path is linted (settings given, how to read): all a worker thread is told besides the project. */
export type PathRequest = Omit<LintRequest, 'paths' | 'live' | 'now' | 'baseline' | 'updateBaseline' | 'jobs'>;

/** The result of a run: one entry per input (and one for configuration findings), and the rules reports describe. */
export interface LintRun {
  readonly targets: readonly Target[];
  readonly rules: readonly AnyRule[];
  /** Things the user should know about this run (ignored and baseline counts, notices), one line each. */
  readonly notes: readonly string[];
  /** The live snapshot file written, which SARIF anchors live findings to. */
  readonly anchorFile?: string;
}

/** The library's entry: opens the project's configuration, lints every input and applies what it accepts. */
export async function lint(request: LintRequest & ProjectOptions): Promise<LintRun> {
  return lintProject(await openProject(request), request);
}

/** Lints with a project already opened (the CLI opens it first for --list-rules and --print-config). */
export async function lintProject(project: Project, request: LintRequest): Promise<LintRun> {
  const linted = request.live ? await lintLive(project, request.live, request) : await lintPaths(project, request.paths ?? [], request);
  const { targets, notes } = await finish(project, linted.targets, {
    now: request.now ?? new Date(),
    ...(request.baseline !== undefined ? { baseline: request.baseline } : {}),
    ...(request.updateBaseline !== undefined ? { updateBaseline: request.updateBaseline } : {}),
  });
  const notices = noticesOf(targets).map((notice) => notice.message);
  return { targets, rules: project.reportRules, notes: [...notes, ...notices], ...(linted.anchorFile !== undefined ? { anchorFile: linted.anchorFile } : {}) };
}

/**
 * Each path is its own target, with its own settings; input errors are collected, never thrown, so the rest is
 * still linted. A new input form plugs in as a loader behind loadInput. With `jobs` above 1, paths are linted on
 * worker threads (fleet.ts), with the same result in the same order.
 */
async function lintPaths(project: Project, paths: readonly string[], request: LintRequest): Promise<{ targets: Target[]; anchorFile?: string }> {
  // The live source holds functions (progress, secrets) a thread cannot be sent, and the rest is not about one path.
  const { paths: _paths, live: _live, now: _now, baseline: _baseline, updateBaseline: _updateBaseline, jobs: _jobs, ...pathRequest } = request;
  if ((request.jobs ?? 1) > 1 && paths.length > 1) {
    // Worker threads are loaded only by runs that use them.
    const { lintInWorkers } = await import('./fleet.js');
    const { targets } = await lintInWorkers({ project: project.options, request: pathRequest }, paths, request.jobs!, (path) =>
      lintPath(project, path, pathRequest),
    );
    return { targets };
  }
  const targets: Target[] = [];
  for (const path of paths) {
    const target = await lintPath(project, path, pathRequest);
    targets.push(request.jobs === undefined ? target : withoutModel(target));
  }
  return { targets };
}

/** A target without its loaded input and model: what reports read, so that both can be collected now. */
export function withoutModel(target: Target): Target {
  const { input: _input, tenant: _tenant, ...rest } = target;
  return rest;
}

/** One path as a target; `name` is what the configuration and reports call it, when it was read from elsewhere. */
export async function lintPath(project: Project, path: string, request: PathRequest, name = path): Promise<Target> {
  const settings = inputSettings(project, name, request);
  const conceal = concealMappedValues(settings.mappings);
  try {
    const basePath = request.read?.basePath ?? settings.basePath;
    const input = await loadInput(path, {
      ...request.read,
      ...(basePath !== undefined ? { basePath } : {}),
      cwd: request.readFrom ?? project.cwd,
      mappings: settings.mappings,
    });
    const { tenant, findings, coverage } = lintInput(input, {
      rules: project.lintRules,
      settings: settings.rules,
      mappings: settings.mappings,
      ...(settings.tenantDomain !== undefined ? { tenantDomain: settings.tenantDomain } : {}),
    });
    const errors = input.errors.map((error) => concealError(error, conceal));
    return {
      kind: 'input',
      path: name,
      category: categoryOf(name, input, tenant),
      format: input.format,
      ...(tenant.domainMismatch ? { domainMismatch: tenant.domainMismatch } : {}),
      input,
      tenant,
      findings,
      errors,
      coverage,
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { kind: 'input', path: name, category: categoryOf(name, undefined, undefined), findings: [], errors: [concealError(error, conceal)] };
  }
}

/** An input error's message without mapped values (a parser may quote the text a mapping produced). */
function concealError(error: InputError, conceal: Conceal): InputError {
  const message = conceal(error.message);
  return message === error.message ? error : new InputError(message, error.file, error.line, error.column);
}

/** Reads the tenant, writes the snapshot when asked, and lints it like any input, named by its host. */
async function lintLive(project: Project, source: LiveSource, given: GivenSettings): Promise<{ targets: Target[]; anchorFile?: string }> {
  // The HTTP client loads only for live audits: linting files starts faster.
  const { readLiveTenant, writeSnapshot } = await import('./live.js');
  const { snapshotToInput } = await import('../live/to-input.js');
  const snapshot = await readLiveTenant(source);
  const anchorFile = source.snapshotFile === undefined ? undefined : await writeSnapshot(snapshot, source.snapshotFile, project.cwd);
  const input = snapshotToInput(snapshot);
  const settings = inputSettings(project, source.host, given);
  const { tenant, findings, coverage } = lintInput(input, {
    rules: project.lintRules,
    settings: settings.rules,
    liveDomain: snapshot.domain,
    ...(settings.tenantDomain !== undefined ? { tenantDomain: settings.tenantDomain } : {}),
  });
  const target: Target = {
    kind: 'input',
    path: input.path,
    category: categoryOf(input.path, input, tenant),
    format: input.format,
    input,
    tenant,
    findings,
    errors: [],
    coverage,
  };
  return { targets: [target], ...(anchorFile !== undefined ? { anchorFile } : {}) };
}
