import type { ChunkedFormatter, Formatter } from './formatter.js';
import { formatGithub } from './github.js';
import { formatJson, jsonChunks } from './json.js';
import { formatJunit, junitChunks } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish, stylishChunks } from './stylish.js';

export const FORMATS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  junit: formatJunit,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;

/**
 * The formats as the CLI writes them, piece by piece. Stylish, JSON and JUnit grow with the findings; SARIF,
 * GitHub annotations and the markdown summary are bounded by what GitHub accepts (results per run and gzipped
 * size, annotations per step, summary size), so they are made whole.
 */
export const FORMAT_CHUNKS: Readonly<Record<FormatName, ChunkedFormatter>> = {
  stylish: stylishChunks,
  json: jsonChunks,
  sarif: (input) => [formatSarif(input)],
  github: (input) => [formatGithub(input)],
  markdown: (input) => [formatMarkdown(input)],
  junit: junitChunks,
};
