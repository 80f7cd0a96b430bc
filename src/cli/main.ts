import { availableParallelism } from 'node:os';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { exitCode, FAIL_ON } from '../app/exit-code.js';
import { lintProject } from '../app/lint.js';
import { printConfig } from '../app/print-config.js';
import { openProject } from '../app/project.js';
import { writeStarterConfig } from '../config/init.js';
import { errorsOf, findingsOf, type Target } from '../engine/target.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { INPUT_FORMATS } from '../loaders/load.js';
import { FORMAT_CHUNKS, FORMATS, type FormatName } from '../report/formats.js';
import { tooManySarifRuns } from '../report/sarif.js';
import type { Clock } from '../shared/clock.js';
import { InputError, UsageError } from '../shared/errors.js';
import { oneOf } from '../shared/values.js';
import { parseCommand } from './arguments.js';
import { HELP } from './help.js';
import { listRules, listRulesJson } from './list-rules.js';
import { INPUT_OPTIONS, LIVE_OPTIONS } from './live-flags.js';
import { parseTenantDomain } from '../live/domain.js';
import { VERSION } from '../version.js';
import { useColor, writeOutput } from './write-output.js';
import { useHyperlinks } from './terminal-links.js';
import { expandInputGlobs } from '../app/input-globs.js';

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
  /** The live client's clock (its waits); tests inject a virtual one. */
  readonly clock?: Clock;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  ...INPUT_OPTIONS,
  jobs: { type: 'string', short: 'j' },
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

/** What --list-rules prints, by --format. */
const LIST_FORMATS = { stylish: listRules, json: listRulesJson } as const;

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
  if (argv[0] === 'access') return (await import('./access.js')).accessCommand(argv.slice(1), io);
  const { values, positionals } = parseCommand(argv, OPTIONS);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (positionals[0] === 'init') {
    if (positionals.length > 1) throw new UsageError(`init takes no path (got "${positionals[1]}"): it writes .a0lint.yml in the current folder`);
    io.stdout(`Wrote ${await writeStarterConfig(io.cwd, builtinRules)}\n`);
    return 0;
  }
  // These print and lint nothing: a path beside them would be passed over in silence.
  for (const [option, does] of [
    ['list-rules', 'lists the rules'],
    ['print-config', 'prints the configuration for the path it is given'],
  ] as const) {
    if (values[option] !== undefined && values[option] !== false && positionals.length > 0)
      throw new UsageError(`--${option} takes no other path (got "${positionals[0]}"): it ${does} and lints nothing`);
  }
  const project = await openProject({ cwd: io.cwd, configFile: values.config, noConfig: values['no-config'], rulesDirs: values['rules-dir'] });
  if (values['list-rules']) {
    // Custom rules and the configuration's own checks are rules too: list what this run would know.
    const formats = values.format ?? ['stylish'];
    if (formats.length !== 1 || !Object.hasOwn(LIST_FORMATS, formats[0]!.split(':')[0]!))
      throw new UsageError(`--list-rules prints a table (stylish, the default) or JSON (--format json); got --format ${formats.join(', --format ')}`);
    const listed = parseFormatTarget(formats[0]!, LIST_FORMATS);
    await writeOutput(io, { ...listed, ...(listed.file === undefined && values['output-file'] !== undefined ? { file: values['output-file'] } : {}) }, [
      LIST_FORMATS[listed.name](project.reportRules),
    ]);
    return 0;
  }
  if (values['print-config'] !== undefined) {
    const file = values['output-file'];
    await writeOutput(
      io,
      { name: 'configuration', ...(file !== undefined ? { file } : {}) },
      [printConfig(project, values['print-config'], io.cwd)],
      [values['print-config']],
    );
    return 0;
  }
  // The live audit (and its HTTP client) is loaded only by the runs that use it: linting files starts faster.
  if (positionals[0] === 'pull') return (await import('./live-options.js')).pull(values, positionals.slice(1), io);
  if (positionals.length === 0 && !values.live)
    throw new UsageError('no input: give a deploy-cli export (tenant.yaml or a folder), an API dump (.json) or a Terraform folder (.tf files)');
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON);
  const maxWarnings =
    values['max-warnings'] === undefined || values['max-warnings'] === '-1' ? undefined : wholeNumber('--max-warnings', values['max-warnings']);
  const format = values['input-format'] === undefined ? undefined : oneOf('--input-format', values['input-format'], INPUT_FORMATS);
  const outputs = (values.format ?? ['stylish'])
    .map((value) => parseFormatTarget(value))
    .map((output) => (output.file === undefined && values['output-file'] !== undefined ? { ...output, file: values['output-file'] } : output));
  refuseSharedDestinations(outputs, io.cwd);
  // Globs are expanded here, not by the shell (quoted), so that one matching nothing is an error, not an empty run.
  const paths = values.live ? positionals : await expandInputGlobs(positionals, io.cwd);
  const sarifRefused = outputs.some((output) => output.name === 'sarif') ? tooManySarifRuns(paths.length) : undefined;
  if (sarifRefused) throw new UsageError(`--format sarif: ${sarifRefused}`);
  const mappings = await loadMappings(values.mappings, values['deploy-config'], io.cwd);
  const basePath = values['deploy-config'] === undefined ? undefined : await deployBasePath(values['deploy-config'], io.cwd);
  // What the run reads: no report may be written over one of them.
  const readFiles = [...paths, values.mappings, values['deploy-config'], values.baseline].filter((file): file is string => file !== undefined);

  const live = values.live ? (await import('./live-options.js')).liveSource(values, positionals, io) : undefined;
  const linted = await lintProject(project, {
    ...(live ? { live } : { paths }),
    mappings,
    ...(values['tenant-domain'] !== undefined ? { tenantDomain: parseTenantDomain(values['tenant-domain'], '--tenant-domain') } : {}),
    read: {
      ...(format !== undefined ? { format } : {}),
      ...(values['max-file-size'] !== undefined ? { maxFileSize: wholeNumber('--max-file-size', values['max-file-size']) } : {}),
      ...(values['max-aliases'] !== undefined ? { yaml: { maxAliasCount: wholeNumber('--max-aliases', values['max-aliases']) } } : {}),
      ...(basePath !== undefined ? { basePath } : {}),
    },
    now: io.now?.() ?? new Date(),
    jobs: values.jobs === undefined ? availableParallelism() : positiveNumber('--jobs', values.jobs),
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    ...(values['update-baseline'] !== undefined ? { updateBaseline: values['update-baseline'] } : {}),
  });
  for (const note of linted.notes) io.stderr(`${note}\n`);

  const errors = errorsOf(linted.targets);
  for (const error of errors) io.stderr(`${error.format()}\n`);
  // --quiet: warnings and notes are neither reported nor counted (the baseline above still recorded them).
  const targets = values.quiet ? errorsOnly(linted.targets) : linted.targets;
  const color = colorFlag(values, argv) ?? useColor(io);
  const hyperlinks = useHyperlinks(io, color);
  for (const output of outputs) {
    const chunks = FORMAT_CHUNKS[output.name]({
      targets,
      rules: linted.rules,
      version: VERSION,
      color: output.file === undefined && color,
      hyperlinks: output.file === undefined && hyperlinks,
      verbose: values.verbose === true,
      ...(linted.anchorFile !== undefined ? { anchorFile: linted.anchorFile } : {}),
    });
    await writeOutput(io, output, chunks, readFiles);
  }
  const findings = findingsOf(targets);
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const code = exitCode(findings, errors, failOn, maxWarnings);
  // Say why the run failed when only --max-warnings made it fail.
  if (code === 1 && exitCode(findings, errors, failOn) === 0)
    io.stderr(`a0lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
  return code;
}

/** Two reports in one stream or file would be concatenated into something no reader can parse. */
function refuseSharedDestinations(outputs: ReadonlyArray<{ name: string; file?: string }>, cwd: string): void {
  const seen = new Map<string, string>();
  for (const output of outputs) {
    const destination = output.file === undefined ? 'standard output' : path.resolve(cwd, output.file);
    const other = seen.get(destination);
    if (other !== undefined) {
      const where = output.file === undefined ? 'standard output' : output.file;
      throw new UsageError(
        `--format ${other} and --format ${output.name} would both be written to ${where}; give each its own file (--format ${output.name}:FILE)`,
      );
    }
    seen.set(destination, output.name);
  }
}

function errorsOnly(targets: readonly Target[]): Target[] {
  return targets
    .map((target) => ({ ...target, findings: target.findings.filter((finding) => finding.severity === 'error') }))
    .filter((target) => target.kind === 'input' || target.findings.length > 0 || target.errors.length > 0);
}

/** --color and --no-color win over the environment; the last one given counts. */
function colorFlag(values: { color?: boolean; 'no-color'?: boolean }, argv?: readonly string[]): boolean | undefined {
  if (values.color && values['no-color']) return argv ? argv.lastIndexOf('--color') > argv.lastIndexOf('--no-color') : undefined;
  if (values.color) return true;
  if (values['no-color']) return false;
  return undefined;
}

function positiveNumber(option: string, value: string): number {
  const number = wholeNumber(option, value);
  if (number === 0) throw new UsageError(`${option} needs at least 1 (got "${value}")`);
  return number;
}

export function parseFormatTarget<Name extends string = FormatName>(
  value: string,
  formats: Readonly<Record<Name, unknown>> = FORMATS as Record<Name, unknown>,
): { name: Name; file?: string } {
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
  const fromConfig = deployConfig ? readMappingsFile(deployConfig, cwd, 'deploy-config') : {};
  const fromFile = mappingsFile ? readMappingsFile(mappingsFile, cwd, 'mappings') : {};
  return { ...fromConfig, ...fromFile };
}

/** `--deploy-config`'s AUTH0_BASE_PATH: where deploy-cli resolves the files a YAML export names. */
async function deployBasePath(deployConfig: string, cwd: string): Promise<string | undefined> {
  const { readDeployConfig } = await import('../loaders/mappings.js');
  return readDeployConfig(deployConfig, cwd).basePath;
}

export function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} needs a whole number (got "${value}")`);
  return Number(value);
}
