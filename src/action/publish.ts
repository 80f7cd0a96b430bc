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
  for (const note of outcome.notes) io.info(note);

  const outputDir = inputs.sarifFile === undefined || inputs.findingsFile === undefined ? await scratchDir(io.env) : undefined;
  // SARIF holds every finding: code scanning works out itself which alerts a pull request opens or closes.
  const workspace = io.env.GITHUB_WORKSPACE ?? inputs.workingDirectory;
  const sarifFile = await writeOutput('sarif-file', inputs.sarifFile, outputDir, 'a0lint.sarif', inputs.workingDirectory, workspace, FORMATS.sarif(base));
  const findingsFile = await writeOutput('findings-file', inputs.findingsFile, outputDir, 'a0lint-findings.json', inputs.workingDirectory, workspace, FORMATS.json({ ...base, targets: outcome.reported }));

  const judged = outcome.comparedWith ? 'new ' : '';
  const failure =
    errors.length > 0
      ? { code: 2 as const, message: `a0lint: ${plural(errors.length, 'input error')}, so the results do not cover everything: ${errors[0]!.format()}` }
      : exitCode(reported, [], inputs.failOn) === 1
        ? { code: 1 as const, message: `a0lint: ${plural(atOrAbove(reported, inputs.failOn), `${judged}finding`)} at or above "${inputs.failOn}" (fail-on)` }
        : undefined;

  if (inputs.annotations) {
    // Failing the step is an error annotation too: keep a place for it within what GitHub shows per step.
    const perStep = failure ? { ...ANNOTATIONS_PER_STEP, error: ANNOTATIONS_PER_STEP.error - 1 } : ANNOTATIONS_PER_STEP;
    for (const annotation of annotations({ findings: reported, errors }, perStep)) {
      io.annotate(annotation.level, annotation.message, { ...annotation.properties });
    }
  }
  const verdict = verdictLine(failure, inputs.failOn, reported.length, judged);
  if (inputs.summary) {
    // A summary that cannot be written (a full disk, a bad path) costs the summary, not the outputs and the verdict.
    if (io.env.GITHUB_STEP_SUMMARY) {
      await io.appendSummary(`**Verdict: ${verdict}**\n\n${summary(outcome, base, errors.length > 0)}`).catch((error: NodeJS.ErrnoException) => io.info(`a0lint: could not write the job summary: ${error.code ?? error.message}`));
    }
    else io.info('No job summary: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
  }

  const counts = countBySeverity(reported);
  io.setOutput('error-count', String(counts.error));
  io.setOutput('warning-count', String(counts.warning));
  io.setOutput('note-count', String(counts.note));
  io.setOutput('preexisting-count', String(preexisting.length));
  io.setOutput('fixed-count', String(outcome.fixed.length));
  if (outcome.access) {
    io.setOutput('access-widened-count', String(outcome.access.widened));
    io.setOutput('access-narrowed-count', String(outcome.access.narrowed));
    io.info(`a0lint: access ${outcome.comparedWith ? 'changes in this pull request' : 'drift'}: ${outcome.access.widened} widened or added, ${outcome.access.narrowed} narrowed or removed`);
  }
  io.setOutput('sarif-file', sarifFile);
  io.setOutput('findings-file', findingsFile);

  io.info(`a0lint: ${plural(reported.length, `${judged}finding`)} (${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes)` +
    (outcome.comparedWith ? `; ${preexisting.length} pre-existing, ${outcome.fixed.length} fixed, compared with ${outcome.comparedWith.slice(0, 12)}` : ''));
  if (inputs.comment) await postComment({ outcome, inputs, io, verdict, report: { ...base, targets: outcome.reported } });
  if (failure) io.fail(failure.message, failure.code);
}

/** Passed or failed, at which fail-on, and why: the first thing the job summary and the comment say. */
function verdictLine(failure: { code: 1 | 2; message: string } | undefined, failOn: FailOn, reported: number, judged: string): string {
  if (failure) return `\u274c failed: ${failure.message.replace(/^a0lint: /, '')}`;
  if (failOn === 'none') return `\u2705 passed (fail-on "none": findings never fail the step; ${plural(reported, `${judged}finding`)})`;
  return `\u2705 passed: no ${judged}finding at or above "${failOn}" (fail-on)${reported > 0 ? `; ${plural(reported, `${judged}finding`)} below it` : ''}`;
}

function summary(outcome: Outcome, base: ReportInput, hasErrors: boolean): string {
  const reported = findingsOf(outcome.reported);
  const preexisting = findingsOf(outcome.preexisting);
  const parts: string[] = [];
  const compared = outcome.comparedWith ? ` (compared with ${outcome.comparedWith.slice(0, 12)})` : '';
  if (compared && reported.length === 0 && !hasErrors) {
    // The reporter would call this "no problems found", which is not true when the base has findings.
    parts.push(`## a0lint: this pull request adds no findings${compared}
`);
  } else {
    const heading = compared ? `a0lint: findings this pull request adds${compared}` : 'a0lint';
    parts.push(renderMarkdown({ ...base, targets: outcome.reported }, { heading, maxBytes: SUMMARY_MAX_BYTES - PREEXISTING_SHARE - (outcome.access ? ACCESS_SUMMARY_BYTES : 0) }));
  }
  if (outcome.access) parts.push(outcome.access.markdown);
  if (outcome.comparedWith && outcome.fixed.length > 0) parts.push(`This pull request fixes ${plural(outcome.fixed.length, 'finding')} the base had.\n`);
  if (preexisting.length > 0) {
    parts.push(
      `<details><summary>${plural(preexisting.length, 'pre-existing finding')}: the base already had ${preexisting.length === 1 ? 'it' : 'them'}; not introduced by this pull request</summary>\n\n`,
      renderMarkdown({ ...base, targets: outcome.preexisting.map((target) => ({ ...target, errors: [] })) }, { heading: 'Pre-existing findings', maxBytes: PREEXISTING_SHARE - 4096 }),
      '\n</details>\n',
    );
  }
  if (outcome.notes.length > 0) parts.push(`\n${outcome.notes.map((note) => `> ${note}`).join('\n>\n')}\n`);
  return parts.join('\n');
}

function atOrAbove(findings: readonly Finding[], failOn: FailOn): number {
  return findings.filter((finding) => exitCode([finding], [], failOn) === 1).length;
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
