import { coverageJson } from '../engine/coverage.js';
import { countBySeverity } from '../engine/finding.js';
import { errorsOf, findingsOf, noticesOf, type Target } from '../engine/target.js';
import { joined, type ChunkedFormatter } from './formatter.js';
import { PARTIAL_EXPORT_NOTE, partialExports } from './partial-exports.js';

/**
 * The stable machine-readable form (version 1) that baselines, the Action and other tools read: the text of
 * `JSON.stringify(report, null, 2)`, written one finding at a time.
 */
export const jsonChunks: ChunkedFormatter = function* ({ targets }) {
  const findings = findingsOf(targets);
  yield '{\n  "version": 1,\n  "findings": ';
  yield* jsonArrayChunks(findings, '  ');
  const notices = noticesOf(targets);
  const notChecked = coverageJson(targets);
  const rest = {
    summary: { ...countBySeverity(findings), ...partialNote(targets), ...(notices.length > 0 ? { notices } : {}) },
    // Tenant sections the rules read that an input lacks: those rules did not run, which is not the same as clean.
    ...(notChecked.length > 0 ? { notChecked } : {}),
    errors: errorsOf(targets).map((error) => ({
      message: error.message,
      ...(error.file !== undefined ? { file: error.file } : {}),
      ...(error.line !== undefined ? { line: error.line, column: error.column } : {}),
    })),
  };
  // The same object's text without its braces: its keys are already indented as the document's.
  yield `,\n  ${JSON.stringify(rest, null, 2).slice(4, -2)}\n}\n`;
};

export const formatJson = joined(jsonChunks);

/** `partialExports`: which inputs are deploy-cli exports, and what such an export cannot show. */
function partialNote(targets: readonly Target[]): { partialExports?: { inputs: string[]; note: string } } {
  const inputs = partialExports(targets);
  return inputs.length > 0 ? { partialExports: { inputs, note: PARTIAL_EXPORT_NOTE } } : {};
}

/**
 * An array as `JSON.stringify(…, null, 2)` writes it at this indentation inside a larger document, one piece per
 * item. Strings in JSON hold no raw line breaks, so every line break of an item's text is between its tokens.
 */
export function* jsonArrayChunks(items: readonly unknown[], indent: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  yield '[\n';
  for (let index = 0; index < items.length; index++) {
    yield `${inner}${JSON.stringify(items[index], null, 2).replace(/\n/g, `\n${inner}`)}${index === items.length - 1 ? '\n' : ',\n'}`;
  }
  yield `${indent}]`;
}
