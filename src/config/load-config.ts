import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { PresetName } from '../engine/presets.js';
import type { AnyRule } from '../engine/rule.js';
import type { RuleSetting } from '../engine/run-rules.js';
import { InputError } from '../shared/errors.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { displayPath } from '../loaders/load.js';
import { joinPointer } from '../model/pointer.js';
import type { EntityKind } from '../model/types.js';
import { insideRepository, outsideMessage, repositoryOf } from './confine.js';
import { assertValid, errorAt, readLocatedDocument, type LocatedDocument } from './located-document.js';
import { suggestion } from '../engine/did-you-mean.js';

export const CONFIG_FILE_NAMES = ['.a0lint.yml', '.a0lint.yaml'] as const;

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
  readonly customRules: readonly string[];
  readonly ignore: readonly IgnoreEntry[];
  /** The repository the configuration file belongs to: files it names must lie inside (see confine.ts). */
  readonly repository?: string;
}

/** What a run uses when there is no configuration file: every built-in rule at its default severity. */
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
      if (await lstat(candidate).then(() => true, () => false)) return candidate;
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}

interface RawConfig {
  extends?: PresetName[];
  rules?: Record<string, unknown>;
  overrides?: Array<{ files: string[]; rules?: Record<string, unknown>; tenantDomain?: string; mappings?: Record<string, unknown> | string }>;
  tenantDomain?: string;
  mappings?: Record<string, unknown> | string;
  customRules?: string[];
  ignore?: Array<{ rule: string; entity: { kind: EntityKind; key: string }; files?: string[]; reason: string; expires?: string; owner?: string }>;
}

/** Reads and checks the file's shape; rule ids and options are checked later, once custom rules are known. */
export async function readConfig(file: string, cwd: string): Promise<Config> {
  const document = await readLocatedDocument(file, displayPath(cwd, file));
  const data = withoutEmptySections(document.data);
  // Compiled ahead of time (scripts/config-validator.mjs), and loaded only by runs that read a configuration file.
  assertValid((await import('./config-schema.validate.js')).validate, document, data);
  const raw = data as RawConfig;
  const baseDir = path.dirname(file);
  const repository = repositoryOf(file);
  for (const [index, entry] of (raw.ignore ?? []).entries()) {
    if (entry.expires !== undefined && !isCalendarDate(entry.expires)) {
      throw errorAt(document, joinPointer('/ignore', index, 'expires'), `"${entry.expires}" is not a date (YYYY-MM-DD)`);
    }
  }
  return {
    document,
    baseDir,
    extends: raw.extends ?? ['recommended'],
    rules: settingsOf(raw.rules),
    overrides: await Promise.all(
      (raw.overrides ?? []).map(async (override, index) => ({
        files: override.files,
        rules: settingsOf(override.rules),
        ...(override.tenantDomain !== undefined ? { tenantDomain: override.tenantDomain } : {}),
        ...(override.mappings !== undefined
          ? { mappings: await mappingsOf(override.mappings, document, joinPointer('/overrides', index, 'mappings'), baseDir, cwd, repository) }
          : {}),
      })),
    ),
    ...(raw.tenantDomain !== undefined ? { tenantDomain: raw.tenantDomain } : {}),
    ...(raw.mappings !== undefined ? { mappings: await mappingsOf(raw.mappings, document, '/mappings', baseDir, cwd, repository) } : {}),
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
 * silently turn a rule off, or leave it on, without anyone noticing.
 */
export async function checkRuleReferences(config: Config, rules: readonly AnyRule[]): Promise<void> {
  const document = config.document;
  if (!document) return;
  const sections = [config.rules, ...config.overrides.map((override) => override.rules)];
  const hasOptions = sections.some((settings) => [...settings.values()].some((setting) => setting.options !== undefined));
  const optionsAjv = hasOptions ? new (await loadAjv())({ allErrors: false, strict: false, ...SHIPPED_SCHEMA }) : undefined;
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const checkSettings = (settings: ReadonlyMap<string, RuleSettingInput>, pointer: string): void => {
    for (const [id, setting] of settings) {
      const at = joinPointer(pointer, id);
      const rule = byId.get(id);
      if (!rule) throw errorAt(document, at, `unknown rule "${id}"${suggestion(id, byId.keys())}`);
      if (setting.options !== undefined) checkOptions(optionsAjv!, rule, setting.options, document, joinPointer(at, 1));
    }
  };
  checkSettings(config.rules, '/rules');
  config.overrides.forEach((override, index) => checkSettings(override.rules, joinPointer('/overrides', index, 'rules')));
  for (const entry of config.ignore) {
    if (!byId.has(entry.rule)) throw errorAt(document, joinPointer(entry.pointer, 'rule'), `unknown rule "${entry.rule}"${suggestion(entry.rule, byId.keys())}`);
  }
}

const optionValidators = new WeakMap<AnyRule, ValidateFunction>();

function checkOptions(ajv: AjvClass, rule: AnyRule, options: object, document: LocatedDocument, pointer: string): void {
  if (!rule.meta.schema) {
    if (Object.keys(options).length > 0) throw errorAt(document, pointer, `rule ${rule.meta.id} takes no options`);
    return;
  }
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.meta.schema);
    optionValidators.set(rule, validate);
  }
  assertValid(validate, document, options, pointer);
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

function settingsOf(raw: Record<string, unknown> | undefined): Map<string, RuleSettingInput> {
  const settings = new Map<string, RuleSettingInput>();
  for (const [id, value] of Object.entries(raw ?? {})) {
    if (typeof value === 'string') settings.set(id, { severity: value as RuleSetting['severity'] });
    else {
      const [severity, options] = value as [RuleSetting['severity'], object?];
      settings.set(id, { severity, ...(options !== undefined ? { options } : {}) });
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
): Promise<KeywordMappings> {
  if (typeof value !== 'string') return value;
  if (!insideRepository(path.resolve(baseDir, value), repository)) throw errorAt(document, pointer, outsideMessage(value, displayPath(cwd, repository) || '.'));
  try {
    const { readMappingsFile } = await import('../loaders/mappings.js');
    return await readMappingsFile(path.resolve(baseDir, value), cwd, 'deploy-config');
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

