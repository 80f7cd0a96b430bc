import { formatAccessDiffJson } from './format/diff-json.js';
import { formatAccessDiffMarkdown } from './format/diff-markdown.js';
import { formatAccessDiffStylish } from './format/diff-stylish.js';
import { formatAccessJson } from './format/json.js';
import { formatAccessMarkdown } from './format/markdown.js';
import { formatAccessStylish } from './format/stylish.js';
import type { AccessDiffFormatter, AccessFormatter } from './report.js';

export const ACCESS_FORMATS = {
  stylish: formatAccessStylish,
  json: formatAccessJson,
  markdown: formatAccessMarkdown,
} satisfies Record<string, AccessFormatter>;

export const ACCESS_DIFF_FORMATS = {
  stylish: formatAccessDiffStylish,
  json: formatAccessDiffJson,
  markdown: formatAccessDiffMarkdown,
} satisfies Record<string, AccessDiffFormatter>;
