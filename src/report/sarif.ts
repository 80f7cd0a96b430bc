import { gzipSync } from 'node:zlib';
import { HOMEPAGE } from '../engine/docs-url.js';
import type { Finding } from '../engine/finding.js';
import { inputTargets, type Target } from '../engine/target.js';
import type { Formatter, ReportInput } from './formatter.js';
import { SEVERITY_RANK } from '../shared/severity.js';
import { plural } from '../shared/text.js';
import { isExport, PARTIAL_EXPORT_NOTE } from './partial-exports.js';
import type { SarifLog, SarifNotification, SarifPhysicalLocation, SarifReportingDescriptor, SarifResult, SarifRun } from './sarif-log.js';
import { messageArguments, sarifTemplate } from './sarif-messages.js';
import { ruleDescriptor, unknownRuleDescriptor } from './sarif-rules.js';

export interface SarifLimits {
  readonly resultsPerRun: number;
  /** Size of the whole file once gzipped, in bytes. */
  readonly gzippedBytes: number;
}

/** Code scanning rejects a file past these (docs: "SARIF results file limits"). */
const GITHUB_SARIF_LIMITS: SarifLimits = { resultsPerRun: 25_000, gzippedBytes: 10_000_000 };

/** Code scanning refuses a file with more runs than this, and each input is one run. */
const MAX_SARIF_RUNS = 20;

/** Why SARIF for this many inputs could not be uploaded, or undefined when it can. */
export function tooManySarifRuns(inputs: number): string | undefined {
  if (inputs <= MAX_SARIF_RUNS) return undefined;
  return `SARIF holds one run per input, and GitHub code scanning accepts at most ${MAX_SARIF_RUNS} runs in one file; this run has ${inputs} inputs: lint them in groups of at most ${MAX_SARIF_RUNS}, one SARIF file each`;
}

/** Our own key: code scanning keeps it and uses its own `primaryLocationLineHash` beside it. */
const FINGERPRINT_KEY = 'a0lint/v1';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF 2.1.0 that GitHub code scanning accepts by construction; one run (and category) per target. */
export const formatSarif: Formatter = (input) => sarifWithin(input, GITHUB_SARIF_LIMITS).text;

/**
 * A result that may go in the file. It is made only when kept: past GitHub's limits most are dropped (300,000
 * findings make 25,000 results), and making them all cost more than the rest of the report.
 */
class PendingResult {
  private made?: SarifResult;

  constructor(
    readonly run: number,
    readonly order: number,
    readonly level: Finding['severity'],
    private readonly make: () => SarifResult,
  ) {}

  get rank(): number {
    return SEVERITY_RANK[this.level];
  }

  get result(): SarifResult {
    return (this.made ??= this.make());
  }
}

/** A SARIF run: one target's results (none when nothing was linted). */
interface TargetFindings {
  readonly target?: Target;
  readonly findings: readonly Finding[];
}

interface PendingRun {
  readonly group: TargetFindings;
  readonly category: string;
  readonly results: PendingResult[];
  readonly notifications: SarifNotification[];
}

export function buildSarifLog(input: ReportInput, limits: SarifLimits = GITHUB_SARIF_LIMITS): SarifLog {
  return sarifWithin(input, limits).log;
}

/** The log and its text: the size check needs the text, which is then the output, not written a second time. */
function sarifWithin(input: ReportInput, limits: SarifLimits): { log: SarifLog; text: string } {
  const descriptors = new Descriptors(input);
  const groups: TargetFindings[] = input.targets.map((target) => ({ target, findings: target.findings }));
  if (groups.length === 0) groups.push({ findings: [] });
  const inputs = inputTargets(input.targets).length;
  const categories = new Set<string>();
  const runs: PendingRun[] = groups.map((group, run) => {
    const category = uniqueCategory(categoryOf(group, inputs), categories);
    const pending: PendingRun = { group, category, results: [], notifications: inputErrorNotices(group.target) };
    const unanchored: Finding[] = [];
    const anchor = anchorFor(input, group.target);
    group.findings.forEach((finding, order) => {
      if (!finding.location && !anchor) {
        unanchored.push(finding);
        return;
      }
      // Every rule with a result gets its descriptor now, in the order of the findings, kept or not.
      descriptors.indexOf(finding);
      pending.results.push(new PendingResult(run, order, finding.severity, () => toResult(finding, place(finding, anchor)!, descriptors)));
    });
    if (unanchored.length > 0) pending.notifications.push(unanchoredNotice(unanchored));
    return pending;
  });

  // Past GitHub's limits the whole file is refused: keep the most severe results, first per run, then per file size.
  let kept = runs.flatMap((run) => mostSevere(run.results).slice(0, limits.resultsPerRun));
  const assemble = (): SarifLog => assembleLog(input.version, runs, new Set(kept), descriptors.list);
  let log = assemble();
  let text = serialize(log);
  for (let size = gzippedSize(text, limits.gzippedBytes); size > limits.gzippedBytes && kept.length > 0; size = gzippedSize(text, limits.gzippedBytes)) {
    const target = Math.floor(kept.length * (limits.gzippedBytes / size) * 0.95);
    kept = mostSevere(kept).slice(0, Math.min(target, kept.length - 1));
    log = assemble();
    text = serialize(log);
  }
  return { log, text };
}

export function serialize(log: SarifLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * The gzipped size, or the plain size when even that fits: gzip adds at most 18 bytes of header and 5 bytes per
 * stored block of 64 KiB to a text it cannot compress, so a file that fits with that margin needs no compressing.
 */
function gzippedSize(text: string, limit: number): number {
  const bytes = Buffer.byteLength(text);
  return bytes + 1024 + bytes / 1000 <= limit ? bytes : gzipSync(text).length;
}

function mostSevere(results: readonly PendingResult[]): PendingResult[] {
  return [...results].sort((a, b) => a.rank - b.rank || a.run - b.run || a.order - b.order);
}

function assembleLog(version: string, runs: readonly PendingRun[], kept: ReadonlySet<PendingResult>, rules: readonly SarifReportingDescriptor[]): SarifLog {
  const driver = { name: 'a0lint', version, semanticVersion: version, informationUri: HOMEPAGE, rules };
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: runs.map((run): SarifRun => {
      const results = run.results.filter((result) => kept.has(result));
      const dropped = run.results.filter((result) => !kept.has(result));
      const notifications = dropped.length > 0 ? [...run.notifications, droppedNotice(run.results.length, dropped)] : run.notifications;
      return {
        tool: { driver },
        automationDetails: { id: run.category },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            // A target that could not be read completely must not look like a clean analysis.
            executionSuccessful: (run.group.target?.errors.length ?? 0) === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results: results.map((result) => result.result),
        ...(run.group.target?.kind === 'input'
          ? {
              properties: {
                target: run.group.target.path,
                ...(isExport(run.group.target) ? { partialExport: PARTIAL_EXPORT_NOTE } : {}),
                ...(notChecked(run.group.target) ? { notChecked: notChecked(run.group.target) } : {}),
              },
            }
          : {}),
      };
    }),
  };
}

/** Rule descriptors in the order rules ran, each id once, plus one for any finding whose rule was not passed in. */
class Descriptors {
  readonly list: SarifReportingDescriptor[] = [];
  private readonly index = new Map<string, number>();
  private readonly messages = new Map<string, Readonly<Record<string, string>>>();

  constructor(input: ReportInput) {
    for (const rule of input.rules) {
      if (this.index.has(rule.meta.id)) continue;
      this.add(ruleDescriptor(rule));
      this.messages.set(rule.meta.id, rule.meta.messages);
    }
  }

  /**
   * The finding's message as SARIF's message id and arguments (§3.11.7, §3.11.11), beside the text. Left out when the
   * text is not the rule's message filled in (a result anchored elsewhere says where it was found), or holds a brace:
   * SARIF reads `{n}` in a message with arguments as a placeholder, and code scanning shows the text as written, so
   * braces cannot be escaped there.
   */
  messageOf(finding: Finding, text: string): { id: string; arguments: string[] } | undefined {
    const messages = this.messages.get(finding.ruleId);
    const template = messages && Object.hasOwn(messages, finding.messageId) ? messages[finding.messageId] : undefined;
    if (template === undefined || text !== finding.message || /[{}]/.test(text)) return undefined;
    const args = messageArguments(sarifTemplate(template), finding.message);
    return args && { id: finding.messageId, arguments: args };
  }

  indexOf(finding: Finding): number {
    return this.index.get(finding.ruleId) ?? this.add(unknownRuleDescriptor(finding.ruleId, finding.severity));
  }

  private add(descriptor: SarifReportingDescriptor): number {
    this.index.set(descriptor.id, this.list.length);
    return this.list.push(descriptor) - 1;
  }
}

interface Placement {
  readonly location: SarifPhysicalLocation;
  readonly anchoredTo?: string;
}

/** Where a result points: the finding's own range, or for live data (no file) line 1 of the anchor file. */
function place(finding: Finding, anchor: string | undefined): Placement | undefined {
  const { location } = finding;
  if (location) {
    const { file, startLine, startColumn, endLine, endColumn } = location;
    return { location: { artifactLocation: { uri: fileUri(file) }, region: { startLine, startColumn, endLine, endColumn } } };
  }
  if (!anchor) return undefined;
  return { location: { artifactLocation: { uri: fileUri(anchor) }, region: { startLine: 1 } }, anchoredTo: anchor };
}

function toResult(finding: Finding, placed: Placement, descriptors: Descriptors): SarifResult {
  const from = finding.endpoint ? `live tenant data (${finding.endpoint})` : 'data that has no file';
  const text = placed.anchoredTo
    ? `${finding.message} Found in ${from}; the result is anchored to ${placed.anchoredTo}, line 1, because code scanning needs a file.`
    : finding.message;
  const message = descriptors.messageOf(finding, text);
  return {
    ruleId: finding.ruleId,
    ruleIndex: descriptors.indexOf(finding),
    level: finding.severity,
    message: { text, ...message },
    locations: [{ physicalLocation: placed.location }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      ...(message ? {} : { messageId: finding.messageId }),
      ...(finding.entity ? { entity: finding.entity } : {}),
      path: finding.path,
      ...(finding.endpoint ? { endpoint: finding.endpoint } : {}),
    },
  };
}

function anchorFor(input: ReportInput, target: Target | undefined): string | undefined {
  const { anchorFile } = input;
  if (typeof anchorFile === 'string') return anchorFile || undefined;
  return target && anchorFile ? anchorFile(target) || undefined : undefined;
}

/** A repo-relative URI reference: each path segment percent-encoded, so `#`, `?`, spaces and `%` stay part of the name. */
function fileUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * `a0lint/<target>/`: code scanning keeps one analysis per category, so each tenant's alerts open and close
 * independently of the others'. A live target is named by its tenant domain, a file target by its path.
 */
function categoryOf(group: TargetFindings, inputs: number): string {
  const { target } = group;
  if (!target) return inputs === 0 ? 'a0lint/' : 'a0lint/other/';
  return `a0lint/${target.category}/`;
}

function uniqueCategory(category: string, seen: Set<string>): string {
  let unique = category;
  for (let n = 2; seen.has(unique); n++) unique = `${category.slice(0, -1)}#${n}/`;
  seen.add(unique);
  return unique;
}

function inputErrorNotices(target: Target | undefined): SarifNotification[] {
  return (target?.errors ?? []).map((error) => ({
    level: 'error',
    message: { text: `Input error: ${error.format()}. The results of this run do not cover the whole tenant.` },
    descriptor: { id: 'input-error' },
  }));
}

function unanchoredNotice(findings: readonly Finding[]): SarifNotification {
  return {
    level: 'warning',
    message: {
      text:
        `${plural(findings.length, 'finding')} from live data left out of this file: code scanning needs a file for every result ` +
        'and no anchor file was given. The json and markdown outputs list them.',
    },
    descriptor: { id: 'unanchored-live-findings' },
  };
}

function droppedNotice(total: number, dropped: readonly PendingResult[]): SarifNotification {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const { level } of dropped) counts[level]++;
  const parts = (['error', 'warning', 'note'] as const).filter((level) => counts[level] > 0).map((level) => plural(counts[level], level));
  return {
    level: 'warning',
    message: {
      text:
        `${plural(dropped.length, 'result')} of ${total} left out (${parts.join(', ')}): GitHub code scanning refuses more than ` +
        `${GITHUB_SARIF_LIMITS.resultsPerRun.toLocaleString('en-US')} results per run or a file over 10 MB gzipped, so the most severe were kept. ` +
        'The json output lists every finding.',
    },
    descriptor: { id: 'results-over-limit' },
  };
}

/** Tenant sections the run's rules could not check (absent from the input, or unreadable live), for the run's properties. */
function notChecked(target: Target): object | undefined {
  const coverage = target.coverage;
  if (!coverage || (coverage.absentSections.length === 0 && coverage.unreadable.length === 0)) return undefined;
  return { absentSections: coverage.absentSections, unreadable: coverage.unreadable, rulesNotRun: coverage.rulesNotRun };
}
