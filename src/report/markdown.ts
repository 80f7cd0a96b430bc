import { coverageLines } from '../engine/coverage.js';
import { text } from '../shared/markdown-text.js';
import { countBySeverity, type Finding } from '../engine/finding.js';
import type { AnyRule, Severity } from '../engine/rule.js';
import type { Formatter, ReportInput } from './formatter.js';
import { ruleLink } from './links.js';
import { SEVERITY_RANK } from '../shared/severity.js';
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

/** The job summary (and PR comment body): totals, then findings grouped by rule, notes collapsed. */
export const formatMarkdown: Formatter = (input) => renderMarkdown(input);

export function renderMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const findings = findingsOf(input.targets);
  const errors = errorsOf(input.targets);
  const counts = countBySeverity(findings);
  const head: string[] = [`## ${options.heading ?? 'a0lint'}`, ''];
  if (findings.length === 0 && errors.length === 0) head.push(`No problems found in ${targetsText(input)}.`, '');
  else {
    head.push(
      `${plural(findings.length, 'finding')} in ${targetsText(input)}:`,
      '',
      '| Severity | Count |',
      '|---|---:|',
      `| \u274c Error | ${counts.error} |`,
      `| \u26a0\ufe0f Warning | ${counts.warning} |`,
      `| \u2139\ufe0f Note | ${counts.note} |`,
      '',
    );
  }
  for (const line of coverageLines(input.targets)) head.push(`_${text(line)}_`, '');
  if (errors.length > 0) {
    head.push(`**${plural(errors.length, 'input error')}: these results do not cover everything, so the run fails.**`, '');
    for (const error of errors) head.push(`- ${text(error.format())}`);
    head.push('');
  }

  const budget = new Budget(maxBytes, head.join('\n'));
  const rulesById = new Map(input.rules.map((rule) => [rule.meta.id, rule]));
  const major = findings.filter((finding) => finding.severity !== 'note');
  const notes = findings.filter((finding) => finding.severity === 'note');
  budget.addAll(ruleSections(major, rulesById, input.fileBaseUrl, '###', budget));
  if (notes.length > 0) {
    if (budget.add(`<details><summary>${plural(notes.length, 'note')}</summary>\n\n`, 0)) {
      budget.addAll(ruleSections(notes, rulesById, input.fileBaseUrl, '####', budget));
      budget.close('</details>\n');
    } else budget.skip(notes.length);
  }
  return budget.finish(findings.length);
}

interface Block {
  readonly text: string;
  /** How many findings the block lists. */
  readonly findings: number;
}

function* ruleSections(findings: readonly Finding[], rules: ReadonlyMap<string, AnyRule>, base: string | undefined, level: string, budget: Budget): Generator<Block> {
  const byRule = new Map<string, Finding[]>();
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  for (const finding of ordered) {
    const items = byRule.get(finding.ruleId);
    if (items) items.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  for (const [ruleId, items] of byRule) {
    // Past the budget nothing more is listed: count the findings without writing their rows.
    if (budget.full) {
      yield { text: '', findings: items.length };
      continue;
    }
    const rule = rules.get(ruleId);
    const severities = [...new Set(items.map((finding) => finding.severity))].map(severityLabel).join(', ');
    yield {
      text:
        `${level} ${docsLink(ruleId, rule)} \u00b7 ${severities} \u00b7 ${items.length}\n\n` +
        (rule ? `${text(rule.meta.description)}\n\n` : '') +
        '| Entity | Location | Message |\n|---|---|---|\n',
      findings: 0,
    };
    for (let index = 0; index < items.length; index++) {
      if (budget.full) {
        yield { text: '', findings: items.length - index };
        break;
      }
      const finding = items[index]!;
      yield { text: `| ${entityCell(finding)} | ${locationCell(finding, base)} | ${text(finding.message)} |\n`, findings: 1 };
    }
    yield { text: '\n', findings: 0 };
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
