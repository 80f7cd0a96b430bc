#!/usr/bin/env node
import { main } from './cli/main.js';
import { OutputErrors } from './cli/output-errors.js';

const output = new OutputErrors(process);
process.stdout.on('error', output.handler('standard output'));
process.stderr.on('error', output.handler('standard error'));

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = output.exitCode(code);
