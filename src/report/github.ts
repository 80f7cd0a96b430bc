import { countBySeverity, type Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { errorsOf, findingsOf } from '../engine/target.js';
import type { InputError } from '../shared/errors.js';
import type { Formatter } from './formatter.js';
import { plural } from '../shared/text.js';
import { printable } from '../shared/printable.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** The shape of `@actions/core`'s AnnotationProperties, so the Action can pass these straight through. */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly properties: AnnotationProperties;
}

/** GitHub shows at most this many annotations of each kind per step and silently drops the rest. */
export const ANNOTATIONS_PER_STEP: Readonly<Record<AnnotationLevel, number>> = { error: 10, warning: 10, notice: 10 };

const LEVEL: Readonly<Record<Severity, AnnotationLevel>> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * The annotations to show, most severe first (input errors, then errors, warnings, notes), no more of each kind
 * than GitHub displays per step, then one notice that counts the rest and says where they are. Only the shown ones
 * are built: a run with hundreds of thousands of findings shows a few dozen.
 */
export function annotations(
  input: { readonly findings: readonly Finding[]; readonly errors: readonly InputError[] },
  perStep = ANNOTATIONS_PER_STEP,
): Annotation[] {
  const levels = { error: 0, warning: 0, notice: 0 };
  for (const finding of input.findings) levels[LEVEL[finding.severity]]++;
  levels.error += input.errors.length;
  const all = levels.error + levels.warning + levels.notice;
  // The remainder notice is itself a notice: leave room for it, or GitHub would drop it.
  const fits = (Object.keys(levels) as AnnotationLevel[]).every((level) => levels[level] <= perStep[level]);
  const room = fits ? perStep : { ...perStep, notice: Math.max(0, perStep.notice - 1) };
  // Within a kind the input order (file, line) is kept, as a stable sort by severity keeps it.
  const shown: Record<AnnotationLevel, Annotation[]> = {
    error: input.errors.slice(0, room.error).map(inputErrorAnnotation),
    warning: [],
    notice: [],
  };
  for (const finding of input.findings) {
    const kind = shown[LEVEL[finding.severity]];
    if (kind.length < room[LEVEL[finding.severity]]) kind.push(findingAnnotation(finding));
  }
  const picked = [...shown.error, ...shown.warning, ...shown.notice];
  if (fits) return picked;
  const hidden = { error: levels.error - shown.error.length, warning: levels.warning - shown.warning.length, notice: levels.notice - shown.notice.length };
  return [...picked, remainderNotice(all - picked.length, hidden, input.findings)];
}

function inputErrorAnnotation(error: InputError): Annotation {
  return {
    level: 'error',
    // Input error messages are clauses without a full stop: end the sentence before the next one starts.
    message: `${printable(error.message).replace(/(?<![.!?])$/, '.')} The results do not cover this input.`,
    properties: {
      title: 'a0lint: input error',
      ...(error.file !== undefined ? { file: printable(error.file) } : {}),
      ...(error.line !== undefined ? { startLine: error.line, endLine: error.line } : {}),
      ...(error.line !== undefined && error.column !== undefined ? { startColumn: error.column } : {}),
    },
  };
}

function findingAnnotation(finding: Finding): Annotation {
  const location = finding.location;
  const where = location
    ? {
        file: printable(location.file),
        startLine: location.startLine,
        endLine: location.endLine,
        // GitHub rejects columns on an annotation that spans several lines.
        ...(location.startLine === location.endLine ? { startColumn: location.startColumn, endColumn: location.endColumn } : {}),
      }
    : {};
  const subject = finding.entity ? ` (${finding.entity.kind} ${finding.entity.name ?? finding.entity.key})` : '';
  const live = !location && finding.endpoint ? ` [live data: ${finding.endpoint}]` : '';
  // Everything from the input is escaped here, so the Action's annotations (which bypass workflowCommand) are too.
  return {
    level: LEVEL[finding.severity],
    message: printable(`${finding.message}${live}`),
    properties: { title: printable(`${finding.ruleId}${subject}`), ...where },
  };
}

function remainderNotice(hidden: number, counts: Readonly<Record<AnnotationLevel, number>>, findings: readonly Finding[]): Annotation {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.notice, 'note')];
  const total = countBySeverity(findings);
  return {
    level: 'notice',
    message:
      `${hidden} more not shown as annotations (${parts.join(', ')}); GitHub shows at most ` +
      `${ANNOTATIONS_PER_STEP.error} errors, ${ANNOTATIONS_PER_STEP.warning} warnings and ${ANNOTATIONS_PER_STEP.notice} notices per step. ` +
      `All ${plural(findings.length, 'finding')} (${total.error} errors, ${total.warning} warnings, ${total.note} notes) are in the job summary and the SARIF file (code scanning).`,
    properties: { title: 'a0lint: more findings' },
  };
}

/** `::error file=…,line=…::message` lines for the runner to turn into annotations (a run without the Action). */
export const formatGithub: Formatter = ({ targets }) =>
  annotations({ findings: findingsOf(targets), errors: errorsOf(targets) })
    .map(workflowCommand)
    .join('');

export function workflowCommand({ level, message, properties }: Annotation): string {
  const names: ReadonlyArray<[keyof AnnotationProperties, string]> = [
    ['file', 'file'],
    ['startLine', 'line'],
    ['endLine', 'endLine'],
    ['startColumn', 'col'],
    ['endColumn', 'endColumn'],
    ['title', 'title'],
  ];
  const list = names.filter(([key]) => properties[key] !== undefined).map(([key, name]) => `${name}=${escapeProperty(String(properties[key]))}`);
  return `::${level}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}\n`;
}

/** As the runner decodes them (and as @actions/core encodes them). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  // Titles and file names come from the input: control characters (ESC sequences) are shown, not sent to the log.
  return escapeData(printable(text)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
