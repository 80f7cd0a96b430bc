import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../rules/index.js';
import { InputError, UsageError } from '../loaders/errors.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { INPUT_FORMATS, type InputFormat } from '../loaders/load.js';
import { readMappingsFile } from '../loaders/mappings.js';
import { lintPaths } from '../lint.js';
import { FORMATS, type FormatName } from '../report/formats.js';
import { exitCode, FAIL_ON, type FailOn } from './exit-code.js';
import { HELP } from './help.js';
import { listRules } from './list-rules.js';
import { VERSION } from '../version.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  'input-format': { type: 'string' },
  'tenant-domain': { type: 'string' },
  mappings: { type: 'string' },
  'deploy-config': { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-aliases': { type: 'string' },
  'list-rules': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The whole CLI as a function of arguments and I/O, so tests run it in-process as well as as a process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`a0lint: ${error.message}\nRun a0lint --help for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.format()}\n`);
      return 2;
    }
    io.stderr(`a0lint: internal error: ${(error as Error).message}\nThis is a bug in a0lint; please report it with the command you ran.\n`);
    if (io.env.A0LINT_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (values['list-rules']) {
    io.stdout(listRules(builtinRules));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no input: give a deploy-cli export (tenant.yaml or a folder) or an API dump (.json)');
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON) as FailOn;
  const maxWarnings = values['max-warnings'] === undefined ? undefined : wholeNumber('--max-warnings', values['max-warnings']);
  const format = values['input-format'] === undefined ? undefined : (oneOf('--input-format', values['input-format'], INPUT_FORMATS) as InputFormat);
  const outputs = (values.format ?? ['stylish']).map(parseFormatTarget);
  const mappings = await loadMappings(values.mappings, values['deploy-config'], io.cwd);

  const result = await lintPaths(positionals, {
    cwd: io.cwd,
    format,
    mappings,
    tenantDomain: values['tenant-domain'],
    maxFileSize: values['max-file-size'] === undefined ? undefined : wholeNumber('--max-file-size', values['max-file-size']),
    yaml: values['max-aliases'] === undefined ? undefined : { maxAliasCount: wholeNumber('--max-aliases', values['max-aliases']) },
  });

  for (const error of result.errors) io.stderr(`${error.format()}\n`);
  const color = io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  for (const output of outputs) {
    const text = FORMATS[output.name]({
      findings: result.findings,
      errors: result.errors,
      targets: result.targets,
      rules: builtinRules,
      version: VERSION,
      color: output.file === undefined && color,
    });
    if (output.file === undefined) io.stdout(text);
    else {
      const target = path.resolve(io.cwd, output.file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
  return exitCode(result.findings, result.errors, failOn, maxWarnings);
}

function parseCommandLine(argv: readonly string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>> {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
}

function parseFormatTarget(value: string): { name: FormatName; file?: string } {
  const colon = value.indexOf(':');
  const name = colon === -1 ? value : value.slice(0, colon);
  const file = colon === -1 ? undefined : value.slice(colon + 1);
  if (!Object.hasOwn(FORMATS, name)) throw new UsageError(`unknown format "${name}"; choose from ${Object.keys(FORMATS).join(', ')}`);
  if (file === '') throw new UsageError(`--format ${name}: give a file after the colon, or leave the colon out for stdout`);
  return { name: name as FormatName, ...(file !== undefined ? { file } : {}) };
}

async function loadMappings(mappingsFile: string | undefined, deployConfig: string | undefined, cwd: string): Promise<KeywordMappings> {
  const fromConfig = deployConfig ? await readMappingsFile(deployConfig, cwd, 'deploy-config') : {};
  const fromFile = mappingsFile ? await readMappingsFile(mappingsFile, cwd, 'mappings') : {};
  return { ...fromConfig, ...fromFile };
}

function oneOf(option: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value;
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} needs a whole number (got "${value}")`);
  return Number(value);
}


