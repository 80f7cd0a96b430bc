import { countBySeverity } from '../engine/finding.js';
import type { Formatter } from './formatter.js';

/** The stable machine-readable form (version 1) that baselines, the Action and other tools read. */
export const formatJson: Formatter = ({ findings, errors }) =>
  `${JSON.stringify(
    {
      version: 1,
      findings,
      summary: countBySeverity(findings),
      errors: errors.map((error) => ({
        message: error.message,
        ...(error.file !== undefined ? { file: error.file } : {}),
        ...(error.line !== undefined ? { line: error.line, column: error.column } : {}),
      })),
    },
    null,
    2,
  )}\n`;
