import { formatAccessDiffHtml } from './format/diff-html.js';
import { formatAccessDiffJson } from './format/diff-json.js';
import { formatAccessDiffMarkdown } from './format/diff-markdown.js';
import { formatAccessDiffStylish } from './format/diff-stylish.js';
import { formatAccessHtml } from './format/html.js';
import { formatAccessJson } from './format/json.js';
import { formatAccessMarkdown } from './format/markdown.js';
import { formatAccessStylish } from './format/stylish.js';
import type { AccessDiffFormatter, AccessFormatter } from './report.js';

export const ACCESS_FORMATS = {
  stylish: formatAccessStylish,
  json: formatAccessJson,
  markdown: formatAccessMarkdown,
  html: formatAccessHtml,
} satisfies Record<string, AccessFormatter>;

export const ACCESS_DIFF_FORMATS = {
  stylish: formatAccessDiffStylish,
  json: formatAccessDiffJson,
  markdown: formatAccessDiffMarkdown,
  html: formatAccessDiffHtml,
} satisfies Record<string, AccessDiffFormatter>;
