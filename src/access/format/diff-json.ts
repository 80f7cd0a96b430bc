import type { AccessDiffFormatter } from '../report.js';
import { errorsJson, targetJson } from './json.js';

/** The diff in its stable machine-readable form (version 1, schemas/a0lint-access-diff.schema.json). */
export const formatAccessDiffJson: AccessDiffFormatter = ({ base, head, diff, errors }) =>
  `${JSON.stringify(
    {
      version: 1,
      base: targetJson(base),
      head: targetJson(head),
      summary: diff?.counts ?? { added: 0, removed: 0, widened: 0, narrowed: 0 },
      changes: diff?.changes ?? [],
      errors: errorsJson(errors),
    },
    null,
    2,
  )}\n`;
