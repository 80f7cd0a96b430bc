import { countBySeverity, type Finding } from '../engine/finding.js';
import { coverageLines } from '../engine/coverage.js';
import { errorsOf, findingsOf } from '../engine/target.js';
import { printable } from '../shared/printable.js';
import { joined, type ChunkedFormatter } from './formatter.js';
import { PARTIAL_EXPORT_NOTE, partialExports } from './partial-exports.js';
import { splitMessage } from '../shared/message-parts.js';
import { ruleLink } from './links.js';
import { fitHeadline, fitLabel, hyperlink, widthOf, wrapWords } from './terminal-text.js';

const STYLES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;

/** No finding's line is longer: names and values in its headline are shortened to fit (see terminal-text.ts). */
export const MAX_LINE = 160;
/** Details (--verbose) are wrapped to this width, below the finding they explain. */
const DETAILS_WIDTH = 100;
const DETAILS_INDENT = '    ';
/** Room a location column may take (`line:col`, or an entity for live data). */
const MAX_PLACE = 40;

/**
 * Human output grouped by file, like ESLint's stylish; one line per finding: location, severity, rule id, and the
 * message's headline (the first sentence). The rule id links to its docs where the terminal supports OSC 8
 * hyperlinks; --verbose adds the rest of the message and the docs URL below each finding.
 */
export const stylishChunks: ChunkedFormatter = function* ({ targets, rules, color, hyperlinks = false, verbose = false }) {
  const findings = findingsOf(targets);
  const errors = errorsOf(targets);
  const paint = (style: keyof typeof STYLES, text: string): string => (color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
  const severityText = { error: paint('red', 'error'), warning: paint('yellow', 'warning'), note: paint('blue', 'note') };
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const links = new Map<string, string | undefined>();
  const linkOf = (ruleId: string): string | undefined => {
    if (!links.has(ruleId)) links.set(ruleId, ruleLink(ruleId, rulesById.get(ruleId)));
    return links.get(ruleId);
  };
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = printable(finding.location?.file ?? (finding.endpoint ? `live: ${finding.endpoint}` : '(no file)'));
    const items = groups.get(group);
    if (items) items.push(finding);
    else groups.set(group, [finding]);
  }
  for (const [group, items] of groups) {
    yield `${paint('underline', group)}\n`;
    const places = items.map(place);
    let width = 0;
    let ruleWidth = 0;
    for (const where of places) width = Math.max(width, widthOf(where));
    for (const { ruleId } of items) ruleWidth = Math.max(ruleWidth, widthOf(printable(ruleId)));
    for (let index = 0; index < items.length; index++) {
      const { severity, message, ruleId } = items[index]!;
      const where = places[index]!;
      const id = printable(ruleId);
      const { headline, details } = splitMessage(printable(message));
      // Two spaces of indent and two between each of the four columns.
      const room = MAX_LINE - (2 + width + 2 + 7 + 2 + ruleWidth + 2);
      const shown = fitHeadline(headline, Math.max(room, 20));
      const idCell = `${hyperlinks ? hyperlink(linkOf(ruleId), paint('dim', id)) : paint('dim', id)}${' '.repeat(ruleWidth - widthOf(id))}`;
      const padding = ' '.repeat(7 - severity.length);
      yield `  ${paint('dim', where)}${' '.repeat(width - widthOf(where))}  ${severityText[severity]}${padding}  ${idCell}  ${shown}\n`;
      if (verbose) yield* detailLines(shown === headline ? details : `${headline} ${details}`, linkOf(ruleId), paint);
    }
    yield '\n';
  }
  const counts = countBySeverity(findings);
  const total = findings.length;
  if (total > 0) {
    const summary = `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.note} note${counts.note === 1 ? '' : 's'})`;
    yield `${paint('bold', paint(counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue', `\u2716 ${summary}`))}\n`;
  } else if (errors.length === 0) {
    yield 'No problems found.\n';
  }
  if (errors.length > 0) {
    yield `${paint('red', `${errors.length} input error${errors.length === 1 ? '' : 's'}: these results are incomplete (see stderr).`)}\n`;
  }
  if (partialExports(targets).length > 0) yield `${paint('dim', `Note: ${PARTIAL_EXPORT_NOTE}`)}\n`;
  for (const line of coverageLines(targets)) yield `${paint('dim', printable(line))}\n`;
};

export const formatStylish = joined(stylishChunks);

/** The why and the fix, wrapped and indented under their finding, then the rule's docs URL (printed, not linked). */
function* detailLines(details: string, url: string | undefined, paint: (style: 'dim', text: string) => string): Generator<string> {
  for (const line of wrapWords(details, DETAILS_WIDTH)) yield `${DETAILS_INDENT}${line}\n`;
  if (url !== undefined) yield `${DETAILS_INDENT}${paint('dim', `Docs: ${fitLabel(url, MAX_LINE - DETAILS_INDENT.length - 6)}`)}\n`;
}

function place(finding: Finding): string {
  return finding.location ? `${finding.location.startLine}:${finding.location.startColumn}` : fitLabel(entityLabel(finding), MAX_PLACE);
}

function entityLabel(finding: Finding): string {
  return finding.entity ? `${finding.entity.kind} ${printable(finding.entity.name ?? finding.entity.key)}` : '-';
}
