import { coverageLines } from '../engine/coverage.js';
import { text } from '../shared/markdown-text.js';
import { countBySeverity, type Finding } from '../engine/finding.js';
import type { AnyRule, Severity } from '../engine/rule.js';
import type { Formatter, ReportInput } from './formatter.js';
import { ruleLink } from './links.js';
import { mostSevereFirst } from './most-severe-first.js';
import { splitMessage } from '../shared/message-parts.js';
import { plural } from '../shared/text.js';
import { errorsOf, findingsOf, inputTargets } from '../engine/target.js';

/** GitHub refuses a step summary over 1 MiB; a PR comment takes at most 65,536 characters. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
export const COMMENT_MAX_CHARS = 65_536;

export interface MarkdownOptions {
  /** Upper bound on the UTF-8 size of the output; findings past it are counted instead of listed. */
  readonly maxBytes?: number;
  readonly heading?: string;
}

/** The job summary (and PR comment body): totals, then one table of findings, most severe first. */
export const formatMarkdown: Formatter = (input) => renderMarkdown(input);

export function renderMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const findings = findingsOf(input.targets);
  const errors = errorsOf(input.targets);
  const counts = countBySeverity(findings);
  const head: string[] = [`## ${options.heading ?? 'a0lint'}`, ''];
  if (findings.length === 0 && errors.length === 0) head.push(`No problems found in ${targetsText(input)}.`, '');
  else {
    const bySeverity = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.note, 'note')].join(', ');
    head.push(`${plural(findings.length, 'finding')} in ${targetsText(input)}: ${bySeverity}.`, '');
  }
  for (const line of coverageLines(input.targets)) head.push(`_${text(line)}_`, '');
  if (errors.length > 0) {
    head.push(`**${plural(errors.length, 'input error')}: these results do not cover everything, so the run fails.**`, '');
    for (const error of errors) head.push(`- ${text(error.format())}`);
    head.push('');
  }

  const budget = new Budget(maxBytes, head.join('\n'));
  if (findings.length > 0) {
    const rulesById = new Map(input.rules.map((rule) => [rule.meta.id, rule]));
    budget.addAll(findingRows(mostSevereFirst(findings), rulesById, input.fileBaseUrl, budget));
    budget.close('\n');
  }
  return budget.finish(findings.length);
}

interface Block {
  readonly text: string;
  /** How many findings the block lists. */
  readonly findings: number;
}

/** One table: severity, rule (linked to its docs), location, entity, and the message (headline in bold). */
function* findingRows(findings: readonly Finding[], rules: ReadonlyMap<string, AnyRule>, base: string | undefined, budget: Budget): Generator<Block> {
  yield { text: '| Severity | Rule | Location | Entity | Finding |\n|---|---|---|---|---|\n', findings: 0 };
  for (let index = 0; index < findings.length; index++) {
    // Past the budget nothing more is listed: count the findings without writing their rows.
    if (budget.full) {
      yield { text: '', findings: findings.length - index };
      return;
    }
    const finding = findings[index]!;
    const { headline, details } = splitMessage(finding.message);
    const message = `**${text(headline)}**${details === '' ? '' : ` ${text(details)}`}`;
    yield {
      text: `| ${severityLabel(finding.severity)} | ${docsLink(finding.ruleId, rules.get(finding.ruleId))} | ${locationCell(finding, base)} | ${entityCell(finding)} | ${message} |\n`,
      findings: 1,
    };
  }
}

/** Adds blocks while they fit; past the budget, only counts the findings it leaves out. */
class Budget {
  private readonly parts: string[];
  private bytes: number;
  private listed = 0;
  private skipped = 0;
  private readonly closers: string[] = [];
  /** Room kept for the closing lines and the truncation notice. */
  private static readonly RESERVE = 512;

  constructor(
    private readonly max: number,
    head: string,
  ) {
    this.parts = [`${head.trimEnd()}\n\n`];
    this.bytes = Buffer.byteLength(this.parts[0]!);
  }

  /** True once something was left out: everything after it is left out too. */
  get full(): boolean {
    return this.skipped > 0;
  }

  private get left(): number {
    return Math.max(0, this.max - Budget.RESERVE - this.bytes);
  }

  add(text: string, findings: number): boolean {
    const size = Buffer.byteLength(text);
    if (this.skipped > 0 || size > this.left) {
      // Once something is left out, later blocks are too, so the listed part stays a prefix in order.
      this.skipped += findings;
      return false;
    }
    this.parts.push(text);
    this.bytes += size;
    this.listed += findings;
    return true;
  }

  addAll(blocks: Iterable<Block>): void {
    for (const block of blocks) this.add(block.text, block.findings);
  }

  skip(findings: number): void {
    this.skipped += findings;
  }

  close(text: string): void {
    this.parts.push(text);
    this.bytes += Buffer.byteLength(text);
  }

  finish(total: number): string {
    if (this.skipped > 0) {
      this.parts.push(
        `\n**${this.listed} of ${plural(total, 'finding')} listed; ${this.skipped} more left out to stay under GitHub's summary size limit.** ` +
          'The SARIF file (code scanning) and `--format json` have all of them.\n',
      );
    }
    return this.parts.join('');
  }
}

/** The rule id linked to its docs page; inside markdown link syntax, characters that could end the link are encoded. */
function docsLink(ruleId: string, rule: AnyRule | undefined): string {
  const url = ruleLink(ruleId, rule);
  if (url === undefined) return text(ruleId);
  return `[${text(ruleId)}](${url.replace(/[()<>"'\\`\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

function targetsText(input: ReportInput): string {
  const targets = inputTargets(input.targets);
  if (targets.length === 1) return code(targets[0]!.path);
  return targets.length === 0 ? 'the input' : `${targets.length} targets`;
}

function severityLabel(severity: Severity): string {
  return { error: '\u274c error', warning: '\u26a0\ufe0f warning', note: '\u2139\ufe0f note' }[severity];
}

function entityCell(finding: Finding): string {
  if (!finding.entity) return '';
  const { kind, key, name } = finding.entity;
  return `${kind} ${code(name ?? key)}`;
}

function locationCell(finding: Finding, base: string | undefined): string {
  const { location } = finding;
  if (!location) return finding.endpoint ? `live: ${code(finding.endpoint)}` : '';
  const label = code(`${location.file}:${location.startLine}`);
  if (!base) return label;
  const path = location.file.split('/').map(encodeURIComponent).join('/');
  return `[${label}](${base.replace(/\/?$/, '/')}${path}#L${location.startLine}${location.endLine > location.startLine ? `-L${location.endLine}` : ''})`;
}

/** A name or path shown as code; GitHub does not look for mentions or references inside code. */
function code(value: string): string {
  return `<code>${text(value)}</code>`;
}
