// `node --import <this file>` appends the URL of every module file the process loads to the file named by
// A0LINT_LOAD_LOG: tests see which parts of dist/ a run evaluates. The same file is the hooks module (which
// Node runs on its own thread) and the registration that installs it.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

export function load(url, context, nextLoad) {
  if (url.startsWith('file:') && process.env.A0LINT_LOAD_LOG) appendFileSync(process.env.A0LINT_LOAD_LOG, `${url}\n`);
  return nextLoad(url, context);
}
