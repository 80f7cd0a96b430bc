import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { PresetName } from '../engine/presets.js';
import type { AnyRule } from '../engine/rule.js';
import type { RuleSetting } from '../engine/run-rules.js';
import { combined, InputError, throwAll } from '../shared/errors.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { displayPath } from '../loaders/load.js';
import { joinPointer } from '../model/pointer.js';
import type { EntityKind } from '../model/types.js';
import { insideRepository, outsideMessage, repositoryOf } from './confine.js';
import { errorAt, readLocatedDocument, schemaErrors, type LocatedDocument } from './located-document.js';
import { suggestion } from '../engine/did-you-mean.js';

const CONFIG_FILE_NAMES = ['.a0lint.yml', '.a0lint.yaml'] as const;

export interface IgnoreEntry {
  readonly rule: string;
  readonly kind: EntityKind;
  readonly key: string;
  readonly files?: readonly string[];
  readonly reason: string;
  /** YYYY-MM-DD: from this day (UTC) on, the entry no longer applies. */
  readonly expires?: string;
  readonly owner?: string;
  /** Where the entry is written in the configuration file. */
  readonly pointer: string;
}

export interface Override {
  readonly files: readonly string[];
  readonly rules: ReadonlyMap<string, RuleSettingInput>;
  readonly tenantDomain?: string;
  readonly mappings?: KeywordMappings;
  /** AUTH0_BASE_PATH of the deploy-cli config `mappings` names (absolute). */
  readonly basePath?: string;
}

/** A rule setting as written: a severity alone keeps the options set before it. */
export interface RuleSettingInput {
  readonly severity: RuleSetting['severity'];
  readonly options?: object;
}

export interface Config {
  /** The configuration file (display path), absent when no file was found. */
  readonly document?: LocatedDocument;
  /** Globs in the file are relative to this folder. */
  readonly baseDir: string;
  readonly extends: readonly PresetName[];
  readonly rules: ReadonlyMap<string, RuleSettingInput>;
  readonly overrides: readonly Override[];
  readonly tenantDomain?: string;
  readonly mappings?: KeywordMappings;
  /** AUTH0_BASE_PATH of the deploy-cli config `mappings` names (absolute). */
  readonly basePath?: string;
  readonly customRules: readonly string[];
  readonly ignore: readonly IgnoreEntry[];
  /** The repository the configuration file belongs to: files it names must lie inside (see confine.ts). */
  readonly repository?: string;
}

/** What a run uses when there is no configuration file: the recommended preset, each rule at its default severity. */
export function defaultConfig(cwd: string): Config {
  return { baseDir: cwd, extends: ['recommended'], rules: new Map(), overrides: [], customRules: [], ignore: [] };
}

/** The configuration file for a run: the one named, else the nearest .a0lint.yml in the working directory or above. */
export async function findConfigFile(cwd: string, named?: string): Promise<string | undefined> {
  if (named !== undefined) return path.resolve(cwd, named);
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      // lstat, not access: a dangling link, a folder or an unreadable file named .a0lint.yml is the configuration
      // and an error when read, never skipped in favour of the defaults.
      if (
        await lstat(candidate).then(
          () => true,
          () => false,
        )
      )
        return candidate;
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}

interface RawConfig {
  extends?: PresetName | PresetName[];
  rules?: Record<string, unknown>;
  overrides?: Array<{ files: string[]; rules?: Record<string, unknown>; tenantDomain?: string; mappings?: Record<string, unknown> | string }>;
  tenantDomain?: string;
  mappings?: Record<string, unknown> | string;
  customRules?: string[];
  ignore?: Array<{ rule: string; entity: { kind: EntityKind; key: string }; files?: string[]; reason: string; expires?: string; owner?: string }>;
}

/**
 * Reads and checks the file's shape, reporting every mistake at once. Rule ids and options are checked later, once
 * custom rules are known; but when the shape is wrong, the built-in rules' ids and options (`knownRules`) are checked
 * now, so that those mistakes are not left for a second run.
 */
export async function readConfig(file: string, cwd: string, knownRules: readonly AnyRule[] = []): Promise<Config> {
  const document = await readLocatedDocument(file, displayPath(cwd, file), 'configuration');
  const data = withoutEmptySections(document.data);
  // Compiled ahead of time (scripts/config-validator.mjs), and loaded only by runs that read a configuration file.
  const errors = schemaErrors((await import('./config-schema.validate.js')).validate, document, data);
  const raw = data as RawConfig;
  if (errors.length === 0) {
    for (const [index, entry] of (raw.ignore ?? []).entries()) {
      if (entry.expires !== undefined && !isCalendarDate(entry.expires)) {
        errors.push(errorAt(document, joinPointer('/ignore', index, 'expires'), `"${entry.expires}" is not a date (YYYY-MM-DD)`));
      }
    }
  }
  // The built-in rules' ids and options are judged too, so that one run names every mistake; a place already
  // named is not named twice.
  const failWith = async (found: readonly InputError[]): Promise<never> => {
    const places = new Set(found.map((error) => `${error.line}:${error.column}`));
    const references = await referenceErrors(document, knownRules, (id) => id.startsWith('custom/'));
    throw combined([...found, ...references.filter((error) => !places.has(`${error.line}:${error.column}`))]);
  };
  if (errors.length > 0) await failWith(errors);
  const baseDir = path.dirname(file);
  const repository = repositoryOf(file);
  const mappingErrors: InputError[] = [];
  const mappings = (
    value: Record<string, unknown> | string | undefined,
    pointer: string,
  ): Promise<{ mappings: KeywordMappings; basePath?: string } | undefined> =>
    value === undefined
      ? Promise.resolve(undefined)
      : mappingsOf(value, document, pointer, baseDir, cwd, repository).catch((error: unknown) => {
          if (!(error instanceof InputError)) throw error;
          mappingErrors.push(error);
          return undefined;
        });
  const topMappings = await mappings(raw.mappings, '/mappings');
  const overrides = await Promise.all(
    (raw.overrides ?? []).map(async (override, index) => {
      const overrideMappings = await mappings(override.mappings, joinPointer('/overrides', index, 'mappings'));
      return {
        files: override.files,
        rules: settingsOf(override.rules),
        ...(override.tenantDomain !== undefined ? { tenantDomain: override.tenantDomain } : {}),
        ...overrideMappings,
      };
    }),
  );
  if (mappingErrors.length > 0) await failWith(mappingErrors);
  return {
    document,
    baseDir,
    extends: typeof raw.extends === 'string' ? [raw.extends] : (raw.extends ?? ['recommended']),
    rules: settingsOf(raw.rules),
    overrides,
    ...(raw.tenantDomain !== undefined ? { tenantDomain: raw.tenantDomain } : {}),
    ...topMappings,
    customRules: raw.customRules ?? [],
    repository,
    ignore: (raw.ignore ?? []).map((entry, index) => ({
      rule: entry.rule,
      kind: entry.entity.kind,
      key: entry.entity.key,
      ...(entry.files ? { files: entry.files } : {}),
      reason: entry.reason,
      ...(entry.expires !== undefined ? { expires: entry.expires } : {}),
      ...(entry.owner !== undefined ? { owner: entry.owner } : {}),
      pointer: joinPointer('/ignore', index),
    })),
  };
}

/**
 * Every rule id the file names must exist, and options must fit the rule's schema: a typo would otherwise
 * silently turn a rule off, or leave it on, without anyone noticing. All such mistakes are reported together, with
 * `earlier` ones (custom rules that failed to load; then custom rule ids are not judged).
 */
export async function checkRuleReferences(config: Config, rules: readonly AnyRule[], earlier: readonly InputError[] = []): Promise<void> {
  const document = config.document;
  if (!document) return throwAll(earlier);
  const unjudged = earlier.length > 0 ? (id: string): boolean => id.startsWith('custom/') : (): boolean => false;
  throwAll([...earlier, ...(await referenceErrors(document, rules, unjudged))]);
}

/**
 * Unknown rule ids (with the closest known one) and options outside a rule's schema, read from the file as written:
 * the shape may be wrong elsewhere, so each entry is looked at only where it has the expected form.
 */
async function referenceErrors(document: LocatedDocument, rules: readonly AnyRule[], unjudged: (id: string) => boolean): Promise<InputError[]> {
  if (rules.length === 0) return [];
  const data = document.data as RawConfig | undefined;
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const errors: InputError[] = [];
  const unknown = (id: string, at: string, atKey: boolean): void => {
    if (!byId.has(id) && !unjudged(id)) errors.push(errorAt(document, at, `unknown rule "${id}"${suggestion(id, byId.keys())}`, at, atKey));
  };
  const settings: Array<{ id: string; value: unknown; at: string }> = [];
  const collect = (section: unknown, pointer: string): void => {
    if (!isMapping(section)) return;
    for (const [id, value] of Object.entries(section)) settings.push({ id, value, at: joinPointer(pointer, id) });
  };
  collect(data?.rules, '/rules');
  if (Array.isArray(data?.overrides))
    data.overrides.forEach((override, index) => collect(isMapping(override) ? override.rules : undefined, joinPointer('/overrides', index, 'rules')));
  const withOptions = settings.filter(({ id, value }) => byId.has(id) && Array.isArray(value) && isMapping(value[1]));
  const optionsAjv = withOptions.length > 0 ? new (await loadAjv())({ allErrors: true, verbose: true, strict: false, ...SHIPPED_SCHEMA }) : undefined;
  for (const { id, value, at } of settings) {
    unknown(id, at, true);
    const rule = byId.get(id);
    if (rule && Array.isArray(value) && isMapping(value[1])) errors.push(...optionsErrors(optionsAjv!, rule, value[1], document, joinPointer(at, 1)));
  }
  if (Array.isArray(data?.ignore)) {
    data.ignore.forEach((entry, index) => {
      if (isMapping(entry) && typeof entry.rule === 'string') unknown(entry.rule, joinPointer('/ignore', index, 'rule'), false);
    });
  }
  return errors;
}

const optionValidators = new WeakMap<AnyRule, ValidateFunction>();

function optionsErrors(ajv: AjvClass, rule: AnyRule, options: object, document: LocatedDocument, pointer: string): InputError[] {
  if (!rule.meta.schema) return Object.keys(options).length > 0 ? [errorAt(document, pointer, `rule ${rule.meta.id} takes no options`)] : [];
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.meta.schema);
    optionValidators.set(rule, validate);
  }
  return schemaErrors(validate, document, options, pointer);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Built-in rules' option schemas ship with a0lint, and tests check them against the draft-07 meta-schema: a run
 * need not compile the meta-schema to check them again.
 */
const SHIPPED_SCHEMA = { validateSchema: false } as const;

/** The validator is loaded by runs whose configuration sets rule options, not by every start-up. */
async function loadAjv(): Promise<typeof AjvClass> {
  return (await import('./ajv.js')).Ajv;
}

/** ESLint's spellings of severities, accepted so that habits carry over: `warn`, and 0/1/2 for off/warning/error. */
const ESLINT_SEVERITIES: ReadonlyMap<unknown, RuleSetting['severity']> = new Map<unknown, RuleSetting['severity']>([
  ['warn', 'warning'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error'],
]);

function severityOf(written: unknown): RuleSetting['severity'] {
  return ESLINT_SEVERITIES.get(written) ?? (written as RuleSetting['severity']);
}

function settingsOf(raw: Record<string, unknown> | undefined): Map<string, RuleSettingInput> {
  const settings = new Map<string, RuleSettingInput>();
  for (const [id, value] of Object.entries(raw ?? {})) {
    if (!Array.isArray(value)) settings.set(id, { severity: severityOf(value) });
    else {
      const [severity, options] = value as [unknown, object?];
      settings.set(id, { severity: severityOf(severity), ...(options !== undefined ? { options } : {}) });
    }
  }
  return settings;
}

async function mappingsOf(
  value: Record<string, unknown> | string,
  document: LocatedDocument,
  pointer: string,
  baseDir: string,
  cwd: string,
  repository: string,
): Promise<{ mappings: KeywordMappings; basePath?: string }> {
  if (typeof value !== 'string') return { mappings: value };
  if (!insideRepository(path.resolve(baseDir, value), repository)) throw errorAt(document, pointer, outsideMessage(value, displayPath(cwd, repository) || '.'));
  try {
    const { readDeployConfig } = await import('../loaders/mappings.js');
    const config = readDeployConfig(path.resolve(baseDir, value), cwd);
    // Its base path names files a0lint reads: like every file the configuration names, inside the repository.
    if (config.basePath !== undefined && !insideRepository(config.basePath, repository)) {
      throw errorAt(
        document,
        pointer,
        `${value}: AUTH0_BASE_PATH ${outsideMessage(displayPath(cwd, config.basePath) || '.', displayPath(cwd, repository) || '.')}`,
      );
    }
    return config;
  } catch (error) {
    // A missing file is the configuration's mistake: point at the line that names it.
    if (error instanceof InputError && error.line === undefined) throw errorAt(document, pointer, `${error.file ?? value}: ${error.message}`);
    throw error;
  }
}

/** `rules:` with every entry commented out (as `a0lint init` writes it) parses as null: the same as absent. */
function withoutEmptySections(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
