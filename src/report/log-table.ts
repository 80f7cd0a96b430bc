import type { Finding } from '../engine/finding.js';
import { printable } from '../shared/printable.js';
import { splitMessage } from '../shared/message-parts.js';
import { mostSevereFirst } from './most-severe-first.js';
import { fitHeadline, fitLabel, widthOf } from './terminal-text.js';

/** Rows listed in a CI log before the rest are counted: enough to read, bounded for a log. */
const LOG_ROWS = 300;
const MAX_ROW = 160;
const MAX_LOCATION = 60;

/**
 * The findings as a plain-text table for a CI log, most severe first: severity, rule, location and headline, one
 * row each, every row at most 160 terminal columns; past `limit` rows, one line counts the rest.
 */
export function findingsTable(findings: readonly Finding[], limit = LOG_ROWS): string[] {
  if (findings.length === 0) return [];
  const shown = mostSevereFirst(findings).slice(0, limit);
  const locations = shown.map((finding) => fitLabel(printable(locationOf(finding)), MAX_LOCATION));
  const ids = shown.map((finding) => printable(finding.ruleId));
  const ruleWidth = Math.max('Rule'.length, ...ids.map(widthOf));
  const whereWidth = Math.max('Location'.length, ...locations.map(widthOf));
  const row = (severity: string, id: string, where: string, headline: string): string =>
    `${severity.padEnd(7)}  ${id}${' '.repeat(ruleWidth - widthOf(id))}  ${where}${' '.repeat(whereWidth - widthOf(where))}  ${headline}`.trimEnd();
  const room = Math.max(MAX_ROW - (7 + 2 + ruleWidth + 2 + whereWidth + 2), 40);
  const lines = [row('Severity', 'Rule', 'Location', 'Finding')];
  shown.forEach((finding, index) =>
    lines.push(row(finding.severity, ids[index]!, locations[index]!, fitHeadline(splitMessage(printable(finding.message)).headline, room))),
  );
  if (findings.length > shown.length)
    lines.push(`\u2026 and ${findings.length - shown.length} more (the job summary, the SARIF file and the findings file have them all)`);
  return lines;
}

function locationOf(finding: Finding): string {
  if (finding.location) return `${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}`;
  const entity = finding.entity ? `${finding.entity.kind} ${finding.entity.name ?? finding.entity.key}` : '';
  return finding.endpoint ? `live ${entity}`.trim() : entity || '-';
}
