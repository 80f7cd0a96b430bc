import path from 'node:path';
import type { Project } from './project.js';
import { configRelative, fileMatcher } from '../config/globs.js';
import { effectiveOptions } from '../engine/run-rules.js';

/**
 * `--print-config PATH`: the configuration in force for one input, as JSON. Keyword mapping values are left out
 * (they are often secrets); their keys are enough to see which apply.
 */
export function printConfig(run: Project, inputPath: string, cwd: string): string {
  const { config } = run;
  const resolved = run.settingsFor(inputPath);
  const rules: Record<string, unknown> = {};
  for (const rule of run.reportRules) {
    const setting = resolved.rules.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    const options = effectiveOptions(rule, setting);
    // Options a rule takes are shown even when left at their defaults: the printout is what the run uses.
    rules[rule.meta.id] = Object.keys(options).length > 0 ? [severity, options] : severity;
  }
  const relative = configRelative(config.baseDir, path.resolve(cwd, inputPath));
  const ignore = config.ignore.filter((entry) => !entry.files || fileMatcher(entry.files)(relative)).map(({ pointer: _pointer, ...entry }) => entry);
  const printed = {
    configFile: config.document?.file ?? null,
    input: resolved.relativePath,
    extends: config.extends,
    overrides: resolved.overrides.map((index) => ({ index, files: config.overrides[index]!.files })),
    tenantDomain: resolved.tenantDomain ?? null,
    mappingKeys: Object.keys(resolved.mappings ?? {}).sort(),
    customRules: run.lintRules.filter((rule) => rule.meta.id.startsWith('custom/')).map((rule) => rule.meta.id),
    rules,
    ignore,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
