import type { CliIo } from './main.js';
import { loadMappings, parseFormatTarget, wholeNumber } from './main.js';
import { parseCommand } from './arguments.js';
import { INPUT_OPTIONS, LIVE_OPTIONS } from './live-flags.js';
import { useColor, writeOutput } from './write-output.js';
import { openProject } from '../app/project.js';
import { UsageError } from '../shared/errors.js';
import { oneOf } from '../shared/values.js';
import { INPUT_FORMATS } from '../loaders/load.js';
import { VERSION } from '../version.js';
import { ACCESS_DIFF_FORMATS, ACCESS_FORMATS } from '../access/formats.js';
import { ACCESS_HELP } from '../access/help.js';
import { readSource, type SourceSettings, type SourceSpec } from '../app/access-sources.js';
import { diffAccess } from '../access/diff.js';

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  diff: { type: 'boolean' },
  'fail-on-widening': { type: 'boolean' },
  ...INPUT_OPTIONS,
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...LIVE_OPTIONS,
} as const;

/**
 * `a0lint access <input…>`: who can get tokens for which API, and why. `a0lint access --diff <base> <head>`: what
 * changes between two sources (two exports, two commits' versions `REV:path`, or an export and `--live`).
 * Exit 2 on usage and input errors (a map of data not read completely is never the whole truth), 1 with
 * `--fail-on-widening` when the diff widens access, else 0.
 */
export async function accessCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, OPTIONS, 'access');
  if (values.help) {
    io.stdout(ACCESS_HELP);
    return 0;
  }
  if (values['fail-on-widening'] && !values.diff) throw new UsageError('--fail-on-widening needs --diff <base> <head>');
  const sources = sourcesOf(positionals, values.live === true, values.diff === true);
  const project = await openProject({ cwd: io.cwd, configFile: values.config, noConfig: values['no-config'] });
  const settings: SourceSettings = {
    project,
    given: {
      ...(values['tenant-domain'] !== undefined ? { tenantDomain: values['tenant-domain'] } : {}),
      mappings: await loadMappings(values.mappings, values['deploy-config'], io.cwd),
    },
    read: {
      ...(values['input-format'] !== undefined ? { format: oneOf('--input-format', values['input-format'], INPUT_FORMATS) } : {}),
      ...(values['max-file-size'] !== undefined ? { maxFileSize: wholeNumber('--max-file-size', values['max-file-size']) } : {}),
      ...(values['max-aliases'] !== undefined ? { yaml: { maxAliasCount: wholeNumber('--max-aliases', values['max-aliases']) } } : {}),
    },
    // The live audit (and its HTTP client) loads only when a source is live.
    ...(values.live ? { live: (await import('./live-options.js')).sourceOf(values, io) } : {}),
  };
  const color = useColor(io);

  if (values.diff) {
    const outputs = (values.format ?? ['stylish']).map((value) => parseFormatTarget(value, ACCESS_DIFF_FORMATS));
    const [base, head] = [await readSource(sources[0]!, settings), await readSource(sources[1]!, settings)];
    const errors = [...base.errors, ...head.errors];
    for (const error of errors) io.stderr(`${error.format()}\n`);
    const diff = base.map && head.map ? diffAccess(base.map, head.map) : undefined;
    for (const output of outputs) {
      const text = ACCESS_DIFF_FORMATS[output.name]({ base, head, diff, errors, version: VERSION, color: output.file === undefined && color });
      await writeOutput(io, output, [text], positionals);
    }
    if (errors.length > 0 || !diff) return 2;
    return values['fail-on-widening'] && diff.counts.added + diff.counts.widened > 0 ? 1 : 0;
  }

  const outputs = (values.format ?? ['stylish']).map((value) => parseFormatTarget(value, ACCESS_FORMATS));
  const targets = [];
  for (const source of sources) targets.push(await readSource(source, settings));
  const errors = targets.flatMap((target) => target.errors);
  for (const error of errors) io.stderr(`${error.format()}\n`);
  for (const output of outputs) {
    await writeOutput(io, output, [ACCESS_FORMATS[output.name]({ targets, errors, version: VERSION, color: output.file === undefined && color })], positionals);
  }
  return errors.length > 0 ? 2 : 0;
}

function sourcesOf(positionals: readonly string[], live: boolean, diff: boolean): SourceSpec[] {
  const sources: SourceSpec[] = positionals.map((value) => ({ kind: 'path', path: value }));
  if (live) sources.push({ kind: 'live' });
  if (diff) {
    if (sources.length !== 2) {
      throw new UsageError(`access --diff needs two sources, the base and the head (two inputs, REV:path, or an input and --live); got ${sources.length}`);
    }
    return sources;
  }
  if (sources.length === 0)
    throw new UsageError('access: no input: give a deploy-cli export (tenant.yaml or a folder), an API dump (.json), a Terraform folder, or --live');
  if (live && positionals.length > 0)
    throw new UsageError(`access --live reads the tenant itself; leave out the input path(s) (got "${positionals[0]}"), or compare them with --diff`);
  return sources;
}
