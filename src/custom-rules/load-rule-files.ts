import { statSync } from 'node:fs';
import { Ajv } from 'ajv';
import path from 'node:path';
import ruleFileSchema from '../../schemas/a0lint-rules.schema.json' with { type: 'json' };
import type { AnyRule } from '../engine/rule.js';
import { assertValid, errorAt, readLocatedDocument, type LocatedDocument } from '../config/located-document.js';
import { insideRepository, outsideMessage } from '../config/confine.js';
import { expandGlob, globBase, GlobIncomplete } from '../config/globs.js';
import { InputError } from '../shared/errors.js';
import { displayPath } from '../loaders/load.js';
import { joinPointer } from '../model/pointer.js';
import { compileCustomRule, type CustomRuleSpec } from './custom-rule.js';

/** Where rule files come from: globs relative to a folder (the configuration's, or the working directory). */
export interface RuleFileSource {
  readonly globs: readonly string[];
  readonly baseDir: string;
  /** For "matched no file" errors: the document and pointer that named the globs, when there is one. */
  readonly namedAt?: { readonly document: LocatedDocument; readonly pointer: string };
  /** How the CLI option was spelled, when the globs come from the command line. */
  readonly option?: string;
  /** The repository every file must lie inside (globs from a configuration file; the command line may name anything). */
  readonly confineTo?: string;
}

/** Rule files are found, parsed and compiled; nothing in them is ever executed. */
export async function loadCustomRules(sources: readonly RuleFileSource[], cwd: string, reservedIds: ReadonlySet<string>): Promise<AnyRule[]> {
  const files: string[] = [];
  for (const source of sources) {
    for (const [index, glob] of source.globs.entries()) {
      const located = (message: string): InputError =>
        source.namedAt
          ? errorAt(source.namedAt.document, joinPointer(source.namedAt.pointer, index), message)
          : new InputError(`${source.option ?? 'rules'}: ${message}`);
      const outside = (written: string): InputError => located(outsideMessage(written, displayPath(cwd, source.confineTo!) || '.'));
      // The folder a glob walks must be inside too: a walk of `/` would read far more than rule files.
      if (source.confineTo !== undefined && !insideRepository(path.resolve(source.baseDir, globBase(glob)), source.confineTo)) throw outside(glob);
      const matched = await expandGlob(glob, source.baseDir).catch((error: unknown) => {
        if (error instanceof GlobIncomplete) throw located(`"${glob}" ${error.message}`);
        throw error;
      });
      const escaped = source.confineTo === undefined ? undefined : matched.find((file) => !insideRepository(file, source.confineTo!));
      if (escaped !== undefined) throw outside(displayPath(cwd, escaped));
      if (matched.length === 0) throw located(`"${glob}" matches no rule file`);
      for (const file of matched) if (!files.includes(file)) files.push(file);
    }
  }
  const rules: AnyRule[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const document = await readLocatedDocument(file, displayPath(cwd, file), 'rules');
    for (const { spec, pointer } of ruleSpecs(document)) {
      if (reservedIds.has(spec.id) || seen.has(spec.id)) {
        throw errorAt(document, joinPointer(pointer, 'id'), `rule id "${spec.id}" is already defined${seen.has(spec.id) ? ` in ${seen.get(spec.id)}` : ''}`);
      }
      seen.set(spec.id, document.file);
      rules.push(compileCustomRule(spec, document, pointer));
    }
  }
  return rules;
}

let validateRuleFile: ReturnType<Ajv['compile']> | undefined;

function ruleSpecs(document: LocatedDocument): Array<{ spec: CustomRuleSpec; pointer: string }> {
  // Every mistake of a file at once, unknown keys with the closest known one.
  validateRuleFile ??= new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(ruleFileSchema);
  assertValid(validateRuleFile, document);
  const specs = (document.data as { rules: CustomRuleSpec[] }).rules;
  return specs.map((spec, index) => ({ spec, pointer: joinPointer('/rules', index) }));
}

/** `--rules-dir DIR`: every .yml/.yaml file below it. */
export function rulesDirSources(dirs: readonly string[], cwd: string): RuleFileSource[] {
  for (const dir of dirs) {
    const info = statSync(path.resolve(cwd, dir), { throwIfNoEntry: false });
    if (!info) throw new InputError(`--rules-dir ${dir}: no such folder; give the folder that holds the rule files (*.yml, *.yaml)`);
    if (!info.isDirectory())
      throw new InputError(`--rules-dir ${dir}: is a file, not a folder; give the folder that holds the rule files (or name the file in customRules)`);
  }
  return dirs.map((dir) => ({ globs: ['**/*.{yml,yaml}'], baseDir: path.resolve(cwd, dir), option: `--rules-dir ${dir}` }));
}
