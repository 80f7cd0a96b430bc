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

/** Items stringified in one call: a piece of about this many findings' text (a few hundred KB) at a time. */
const ITEMS_PER_PIECE = 256;

/**
 * An array as `JSON.stringify(…, null, 2)` writes it at this indentation (spaces) inside a larger document, in
 * pieces of several items. Each piece is stringified inside as many arrays as the indentation has levels, so that
 * JSON.stringify itself indents the items as the document does, and the wrappers' brackets are cut off: no second
 * copy of each item's text to indent it.
 */
export function* jsonArrayChunks(items: readonly unknown[], indent: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const depth = indent.length / 2;
  // The wrappers' opening lines ('[\n', '  [\n', …) and closing ones ('\n  ]', '\n]', …) are as long.
  let cut = 0;
  for (let level = 0; level <= depth; level++) cut += 2 * level + 2;
  yield '[\n';
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const end = Math.min(start + ITEMS_PER_PIECE, items.length);
    const piece: unknown[] = [];
    for (let index = start; index < end; index++) piece.push(items[index]);
    let wrapped: unknown = piece;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    yield `${text.slice(cut, text.length - cut)}${end === items.length ? '\n' : ',\n'}`;
  }
  yield `${indent}]`;
}
