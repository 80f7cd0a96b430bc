import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exitCode, type FailOn } from '../app/exit-code.js';
import { countBySeverity, type Finding } from '../engine/finding.js';
import { errorsOf, findingsOf } from '../engine/target.js';
import { FORMATS } from '../report/formats.js';
import type { ReportInput } from '../report/formatter.js';
import { annotations, ANNOTATIONS_PER_STEP } from '../report/github.js';
import { renderMarkdown, SUMMARY_MAX_BYTES } from '../report/markdown.js';
import { plural } from '../shared/text.js';
import { VERSION } from '../version.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import type { Outcome } from './outcome.js';
import { UnsafeDestination, writeFileSafely } from '../io/safe-write.js';
import { UsageError } from '../shared/errors.js';
import { ACCESS_SUMMARY_BYTES } from './access-changes.js';
import { postComment } from './post-comment.js';
import { FIXED_LISTED, fixedLine } from './pr-comment.js';
import { findingsTable } from '../report/log-table.js';
import { text } from '../shared/markdown-text.js';
import { atLeast, SEVERITIES, type Severity } from '../shared/severity.js';
import type { InputError } from '../shared/errors.js';

/** Room kept for the collapsed list of pre-existing findings and the notes, inside GitHub's summary limit. */
const PREEXISTING_SHARE = 256 * 1024;

/** Writes the SARIF and JSON files, annotations, the job summary and the outputs, then passes or fails the step. */
export async function publish(outcome: Outcome, inputs: ActionInputs, io: ActionIo): Promise<void> {
  const reported = findingsOf(outcome.reported);
  const preexisting = findingsOf(outcome.preexisting);
  const errors = errorsOf(outcome.targets);
  const base: ReportInput = {
    targets: outcome.targets,
    rules: outcome.rules,
    version: VERSION,
    color: false,
    ...(outcome.anchorFile !== undefined ? { anchorFile: outcome.anchorFile } : {}),
    ...fileLinks(io.env),
  };
  const notes = [...inputs.deprecations, ...outcome.notes];
  for (const note of notes) io.info(note);

  const outputDir = inputs.sarifFile === undefined || inputs.findingsFile === undefined ? await scratchDir(io.env) : undefined;
  // SARIF holds every finding: code scanning works out itself which alerts a pull request opens or closes.
  const workspace = io.env.GITHUB_WORKSPACE ?? inputs.workingDirectory;
  const sarifFile = await writeOutput('sarif-file', inputs.sarifFile, outputDir, 'a0lint.sarif', inputs.workingDirectory, workspace, FORMATS.sarif(base));
  const findingsFile = await writeOutput(
    'findings-file',
    inputs.findingsFile,
    outputDir,
    'a0lint-findings.json',
    inputs.workingDirectory,
    workspace,
    FORMATS.json({ ...base, targets: outcome.reported }),
  );

  const judged = outcome.comparedWith ? 'new ' : '';
  const failure = failureOf(reported, errors, inputs, judged);
  if (inputs.annotations) {
    // Failing the step is an error annotation too: keep a place for it within what GitHub shows per step.
    const perStep = failure ? { ...ANNOTATIONS_PER_STEP, error: ANNOTATIONS_PER_STEP.error - 1 } : ANNOTATIONS_PER_STEP;
    for (const annotation of annotations({ findings: reported, errors }, perStep)) {
      io.annotate(annotation.level, annotation.message, { ...annotation.properties });
    }
  }
  const verdict = verdictLine(failure, inputs.failOn, reported, judged);
  if (inputs.summary) {
    // A summary that cannot be written (a full disk, a bad path) costs the summary, not the outputs and the verdict.
    if (io.env.GITHUB_STEP_SUMMARY) {
      await io
        .appendSummary(`## a0lint: ${verdict}\n\n${summary(outcome, base, errors.length > 0, notes)}`)
        .catch((error: NodeJS.ErrnoException) => io.info(`a0lint: could not write the job summary: ${error.code ?? error.message}`));
    } else io.info('No job summary: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
  }

  const counts = countBySeverity(reported);
  io.setOutput('error-count', String(counts.error));
  io.setOutput('warning-count', String(counts.warning));
  io.setOutput('note-count', String(counts.note));
  // Counts that only a comparison with the base can give are empty, not 0, when there was none (not a pull request).
  io.setOutput('preexisting-count', outcome.comparedWith ? String(preexisting.length) : '');
  io.setOutput('fixed-count', outcome.comparedWith ? String(outcome.fixed.length) : '');
  if (outcome.access) {
    io.setOutput('access-widened-count', String(outcome.access.widened));
    io.setOutput('access-narrowed-count', String(outcome.access.narrowed));
    io.info(
      `a0lint: access ${outcome.comparedWith ? 'changes in this pull request' : 'drift'}: ${outcome.access.widened} widened or added, ${outcome.access.narrowed} narrowed or removed`,
    );
  }
  io.setOutput('sarif-file', sarifFile);
  io.setOutput('findings-file', findingsFile);

  if (reported.length > 0) {
    io.info(`a0lint: ${plural(reported.length, `${judged}finding`)}, most severe first:`);
    for (const line of findingsTable(reported)) io.info(line);
  }
  io.info(
    `a0lint: ${plural(reported.length, `${judged}finding`)} (${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes)` +
      (outcome.comparedWith ? `; ${preexisting.length} pre-existing, ${outcome.fixed.length} fixed, compared with ${outcome.comparedWith.slice(0, 12)}` : ''),
  );
  if (inputs.comment) await postComment({ outcome, inputs, io, verdict, report: { ...base, targets: outcome.reported } });
  if (failure) io.fail(failure.message, failure.code);
}

/** Why the step fails: input errors (exit 2), findings at or above fail-on, or more warnings than max-warnings (exit 1). */
function failureOf(
  reported: readonly Finding[],
  errors: readonly InputError[],
  inputs: ActionInputs,
  judged: string,
): { code: 1 | 2; message: string } | undefined {
  if (errors.length > 0)
    return { code: 2, message: `a0lint: ${plural(errors.length, 'input error')}, so the results do not cover everything: ${errors[0]!.format()}` };
  if (exitCode(reported, [], inputs.failOn) === 1)
    return { code: 1, message: `a0lint: ${severityCounts(reported, inputs.failOn as Severity, judged)} at fail-on: ${inputs.failOn}` };
  if (exitCode(reported, [], 'none', inputs.maxWarnings) === 1) {
    return { code: 1, message: `a0lint: ${plural(countBySeverity(reported).warning, `${judged}warning`)}, more than max-warnings: ${inputs.maxWarnings}` };
  }
  return undefined;
}

/** Passed or failed, at which fail-on, and why: the first thing the job summary and the comment say. */
function verdictLine(failure: { code: 1 | 2; message: string } | undefined, failOn: FailOn, reported: readonly Finding[], judged: string): string {
  if (failure) return `\u274c Failed: ${failure.message.replace(/^a0lint: /, '')}`;
  const all = reported.length === 0 ? `no ${judged}findings` : severityCounts(reported, 'note', judged);
  if (failOn === 'none') return `\u2705 Passed at fail-on: none, where findings never fail the step (${all})`;
  const judgedSeverities = { error: 'errors', warning: 'errors or warnings', note: 'findings' }[failOn];
  const below = reported.length === 0 ? '' : ` (${all} below it)`;
  return `\u2705 Passed: no ${judged}${judgedSeverities} at fail-on: ${failOn}${below}`;
}

/** "3 errors and 1 warning": the findings at or above `threshold`, by severity, most severe first. */
function severityCounts(findings: readonly Finding[], threshold: Severity, judged: string): string {
  const counts = countBySeverity(findings);
  const parts = SEVERITIES.filter((severity) => atLeast(severity, threshold) && counts[severity] > 0).map((severity) =>
    plural(counts[severity], `${judged}${severity}`),
  );
  return parts.length <= 1 ? (parts[0] ?? `no ${judged}findings`) : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function summary(outcome: Outcome, base: ReportInput, hasErrors: boolean, notes: readonly string[]): string {
  const reported = findingsOf(outcome.reported);
  const preexisting = findingsOf(outcome.preexisting);
  const parts: string[] = [];
  const compared = outcome.comparedWith ? ` (compared with ${outcome.comparedWith.slice(0, 12)})` : '';
  if (compared && reported.length === 0 && !hasErrors) {
    // The reporter would call this "no problems found", which is not true when the base has findings.
    parts.push(`### This pull request adds no findings${compared}
`);
  } else {
    const heading = compared ? `Findings this pull request adds${compared}` : 'Findings';
    parts.push(
      renderMarkdown(
        { ...base, targets: outcome.reported },
        { heading, maxBytes: SUMMARY_MAX_BYTES - PREEXISTING_SHARE - (outcome.access ? ACCESS_SUMMARY_BYTES : 0) },
      ).replace(/^## /, '### '),
    );
  }
  if (outcome.access) parts.push(outcome.access.markdown);
  if (outcome.comparedWith && outcome.fixed.length > 0) parts.push(fixedList(outcome.fixed));
  if (preexisting.length > 0) {
    parts.push(
      `<details><summary>${plural(preexisting.length, 'pre-existing finding')}: the base already had ${preexisting.length === 1 ? 'it' : 'them'}; not introduced by this pull request</summary>\n\n`,
      renderMarkdown(
        { ...base, targets: outcome.preexisting.map((target) => ({ ...target, errors: [] })) },
        { heading: 'Pre-existing findings', maxBytes: PREEXISTING_SHARE - 4096 },
      ),
      '\n</details>\n',
    );
  }
  if (notes.length > 0) parts.push(`\n${notes.map((note) => `> ${text(note)}`).join('\n>\n')}\n`);
  return parts.join('\n');
}

/** The findings the pull request fixes, each named by rule and entity (the first FIXED_LISTED; the rest counted). */
function fixedList(fixed: readonly Finding[]): string {
  const lines = [`### Fixed: ${plural(fixed.length, 'finding')} the base had`, ''];
  for (const finding of fixed.slice(0, FIXED_LISTED)) lines.push(`- ${fixedLine(finding)}`);
  if (fixed.length > FIXED_LISTED) lines.push(`- and ${fixed.length - FIXED_LISTED} more`);
  return `${lines.join('\n')}\n`;
}

/** Links `file:line` in the summary to the commit that was checked out. */
function fileLinks(env: ActionIo['env']): { fileBaseUrl?: string } {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha ? { fileBaseUrl: `${server}/${repository}/blob/${sha}/` } : {};
}

/** The runner's temporary folder is emptied after each job, and keeps result files out of the checkout. */
async function scratchDir(env: ActionIo['env']): Promise<string> {
  const parent = env.RUNNER_TEMP || os.tmpdir();
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, 'a0lint-'));
}

/**
 * A named output file must stay in the workspace (where its folder's links lead included) and is written through no
 * symbolic link: a pull request could commit `out.sarif -> ~/.bashrc` (see safe-write.ts).
 */
async function writeOutput(
  input: string,
  named: string | undefined,
  scratch: string | undefined,
  fallback: string,
  workingDirectory: string,
  workspace: string,
  text: string,
): Promise<string> {
  const file = named === undefined ? path.join(scratch!, fallback) : path.resolve(workingDirectory, named);
  try {
    await writeFileSafely(file, [text], named === undefined ? {} : { confineTo: workspace });
  } catch (error) {
    if (error instanceof UnsafeDestination) throw new UsageError(`"${input}" ${named} ${error.message}`);
    throw error;
  }
  return file;
}
