import { parseArgs } from 'node:util';
import { builtinRules } from '../../rules/index.js';
import { InputError, UsageError } from '../loaders/errors.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { INPUT_FORMATS, type InputFormat } from '../loaders/load.js';
import { configureRun } from '../config/configured-run.js';
import { writeStarterConfig } from '../config/init.js';
import { printConfig } from '../config/print-config.js';
import { FORMAT_CHUNKS, FORMATS, type FormatName } from '../report/formats.js';
import { tooManySarifRuns } from '../report/sarif.js';
import { exitCode, FAIL_ON, type FailOn } from './exit-code.js';
import { HELP } from './help.js';
import { listRules } from './list-rules.js';
import { INPUT_OPTIONS, LIVE_OPTIONS } from './live-flags.js';
import { VERSION } from '../version.js';
import { useColor, writeOutput } from './write-output.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** Live audits show progress on stderr only when it is a terminal. */
  readonly stderrIsTTY?: boolean;
  /** The clock ignore expiry is judged by (tests inject one). */
  readonly now?: () => Date;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  ...INPUT_OPTIONS,
  'list-rules': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...LIVE_OPTIONS,
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'print-config': { type: 'string' },
  'rules-dir': { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'update-baseline': { type: 'string' },
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
  // Access maps are a product of their own, with their own options.
  if (argv[0] === 'access') return (await import('../access/command.js')).accessCommand(argv.slice(1), io);
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (positionals.length === 1 && positionals[0] === 'init') {
    io.stdout(`Wrote ${await writeStarterConfig(io.cwd, builtinRules)}\n`);
    return 0;
  }
  const configured = await configureRun({ cwd: io.cwd, configFile: values.config, noConfig: values['no-config'], rulesDirs: values['rules-dir'] });
  if (values['list-rules']) {
    // Custom rules and the configuration's own checks are rules too: list what this run would know.
    io.stdout(listRules(configured.reportRules));
    return 0;
  }
  if (values['print-config'] !== undefined) {
    io.stdout(printConfig(configured, values['print-config'], io.cwd));
    return 0;
  }
  // The live audit (and its HTTP client) is loaded only by the runs that use it: linting files starts faster.
  if (positionals[0] === 'pull') return (await import('./live-options.js')).pull(values, positionals.slice(1), io);
  if (positionals.length === 0 && !values.live) throw new UsageError('no input: give a deploy-cli export (tenant.yaml or a folder) or an API dump (.json)');
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON) as FailOn;
  const maxWarnings = values['max-warnings'] === undefined ? undefined : wholeNumber('--max-warnings', values['max-warnings']);
  const format = values['input-format'] === undefined ? undefined : (oneOf('--input-format', values['input-format'], INPUT_FORMATS) as InputFormat);
  const outputs = (values.format ?? ['stylish']).map((value) => parseFormatTarget(value));
  const sarifRefused = outputs.some((output) => output.name === 'sarif') ? tooManySarifRuns(positionals.length) : undefined;
  if (sarifRefused) throw new UsageError(`--format sarif: ${sarifRefused}`);
  const mappings = await loadMappings(values.mappings, values['deploy-config'], io.cwd);
  // What the run reads: no report may be written over one of them.
  const readFiles = [...positionals, values.mappings, values['deploy-config'], values.baseline].filter((file): file is string => file !== undefined);

  const live = values.live
    ? await (await import('./live-options.js')).lintLive(values, positionals, io, { rules: configured.lintRules, settingsFor: () => configured.settingsFor('.').rules, tenantDomain: values['tenant-domain'] })
    : undefined;
  const linted = live ?? await configured.lint(positionals, {
    cwd: io.cwd,
    format,
    mappings,
    tenantDomain: values['tenant-domain'],
    maxFileSize: values['max-file-size'] === undefined ? undefined : wholeNumber('--max-file-size', values['max-file-size']),
    yaml: values['max-aliases'] === undefined ? undefined : { maxAliasCount: wholeNumber('--max-aliases', values['max-aliases']) },
  });
  const { result, notes } = await configured.finish(linted, {
    now: io.now?.() ?? new Date(),
    baseline: values.baseline,
    updateBaseline: values['update-baseline'],
  });
  for (const note of notes) io.stderr(`${note}\n`);

  for (const error of result.errors) io.stderr(`${error.format()}\n`);
  const color = useColor(io);
  for (const output of outputs) {
    const chunks = FORMAT_CHUNKS[output.name]({
      findings: result.findings,
      errors: result.errors,
      targets: result.targets,
      rules: configured.reportRules,
      version: VERSION,
      color: output.file === undefined && color,
      ...(live?.anchorFile !== undefined ? { anchorFile: live.anchorFile } : {}),
    });
    await writeOutput(io, output, chunks, readFiles);
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

export function parseFormatTarget<Name extends string = FormatName>(value: string, formats: Readonly<Record<Name, unknown>> = FORMATS as Record<Name, unknown>): { name: Name; file?: string } {
  const colon = value.indexOf(':');
  const name = colon === -1 ? value : value.slice(0, colon);
  const file = colon === -1 ? undefined : value.slice(colon + 1);
  if (!Object.hasOwn(formats, name)) throw new UsageError(`unknown format "${name}"; choose from ${Object.keys(formats).join(', ')}`);
  if (file === '') throw new UsageError(`--format ${name}: give a file after the colon, or leave the colon out for stdout`);
  return { name: name as Name, ...(file !== undefined ? { file } : {}) };
}

export async function loadMappings(mappingsFile: string | undefined, deployConfig: string | undefined, cwd: string): Promise<KeywordMappings> {
  if (!mappingsFile && !deployConfig) return {};
  // Mapping files may be YAML: the parser loads only in the runs that read one.
  const { readMappingsFile } = await import('../loaders/mappings.js');
  const fromConfig = deployConfig ? await readMappingsFile(deployConfig, cwd, 'deploy-config') : {};
  const fromFile = mappingsFile ? await readMappingsFile(mappingsFile, cwd, 'mappings') : {};
  return { ...fromConfig, ...fromFile };
}

export function oneOf(option: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value;
}

export function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} needs a whole number (got "${value}")`);
  return Number(value);
}


