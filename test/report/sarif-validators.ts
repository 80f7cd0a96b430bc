import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { SarifLog } from '../../src/report/sarif-log.js';

let schemaValidator: ValidateFunction | undefined;

/** Errors of the log against the vendored official SARIF 2.1.0 schema (empty when valid). */
export function schemaErrors(log: unknown): string[] {
  if (!schemaValidator) {
    const schema = JSON.parse(readFileSync('schemas/sarif-2.1.0.json', 'utf8')) as object;
    // strict: false — the schema lists `required` properties that it declares only through $ref.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    schemaValidator = ajv.compile(schema);
  }
  return schemaValidator(log) ? [] : (schemaValidator.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

export interface MultitoolProblem {
  readonly file: string;
  readonly level: string;
  readonly ruleId: string;
  readonly message: string;
}

/**
 * The validator sends a GET to every URI in a log (its rule SARIF2006, a note, which `--level` leaves out), one per
 * rule help link. Without a network a DNS lookup can wait 5 s; with one, the run waits on GitHub. A proxy that
 * refuses at once keeps the check offline, the same everywhere, and the run several times faster.
 */
const OFFLINE = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
};

/**
 * Microsoft's SARIF validator with GitHub's ingestion rules. It exits 0 even when it finds errors, so the
 * problems are read from the SARIF log it writes. Returns every error and warning, for all files at once.
 */
export function multitoolProblems(files: readonly string[], workDir: string): MultitoolProblem[] {
  const require = createRequire(import.meta.url);
  const binary = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
  // The package sets the execute bit in a postinstall script; an install that skips scripts leaves it unset.
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  const output = path.join(workDir, 'multitool-output.sarif');
  // No shell: the rule kinds contain a semicolon.
  const args = [
    'validate',
    ...files,
    '--output',
    output,
    '--log',
    'ForceOverwrite',
    '--rule-kind',
    'Sarif;Gh',
    '--level',
    'Error;Warning',
    '--max-file-size-in-kb',
    '102400',
  ];
  const run = spawnSync(binary, args, {
    encoding: 'utf8',
    // Fully optimising JIT from the start: a third less CPU than tiered compilation on the suite's logs. Garbage
    // collected on the thread that allocates, without the background collector's concurrent marking: a third less
    // again (the validator is one short batch run, where pauses cost nothing).
    env: {
      ...process.env,
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
      DOTNET_TieredCompilation: '0',
      DOTNET_gcConcurrent: '0',
      ...OFFLINE,
    },
  });
  if (run.error) throw run.error;
  // It skips files it cannot read (or that are too large) with only a console warning: treat that as a failure.
  if (!/Analysis completed successfully/.test(run.stdout) || /\b(ERR|WRN)\d{3}\b|skipped/i.test(run.stdout)) {
    throw new Error(`the SARIF validator did not check every file:\n${run.stdout}\n${run.stderr}`);
  }
  if (!new RegExp(`Done\\. ${files.length} files? scanned`).test(run.stdout))
    throw new Error(`the SARIF validator did not scan all ${files.length} files:\n${run.stdout}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: Array<{
      results?: Array<{
        level?: string;
        ruleId: string;
        message: { text?: string; arguments?: string[] };
        locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
      }>;
    }>;
  };
  return report.runs.flatMap((run) =>
    (run.results ?? [])
      .map((result) => ({
        file: result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
        level: result.level ?? 'warning',
        ruleId: result.ruleId,
        message: result.message.text ?? (result.message.arguments ?? []).join(' | '),
      }))
      .filter((problem) => problem.level === 'error' || problem.level === 'warning'),
  );
}

/**
 * What GitHub code scanning refuses a whole upload for, beyond the schema (its documented limits and
 * ingestion errors that the validators above do not all catch).
 */
export function uploadProblems(log: SarifLog, text: string): string[] {
  const problems: string[] = [];
  // gzip adds at most 18 bytes and 5 per 64 KiB block to what it cannot compress: a text this much smaller fits as it is.
  const bytes = Buffer.byteLength(text);
  if (bytes + 1024 + bytes / 1000 > 10_000_000 && gzipSync(text).length > 10_000_000) problems.push('over 10 MB gzipped');
  if (log.runs.length > 20) problems.push(`${log.runs.length} runs (max 20)`);
  const categories = new Set<string>();
  log.runs.forEach((run, r) => {
    const category = run.automationDetails.id.slice(0, run.automationDetails.id.lastIndexOf('/'));
    if (!run.automationDetails.id.includes('/') || categories.has(category)) problems.push(`run ${r}: category "${category}" missing or used twice`);
    categories.add(category);
    if (run.results.length > 25_000) problems.push(`run ${r}: ${run.results.length} results (max 25,000)`);
    const rules = run.tool.driver.rules;
    const ids = rules.map((rule) => rule.id);
    if (new Set(ids).size !== ids.length) problems.push(`run ${r}: duplicate rule ids`);
    for (const rule of rules) {
      for (const field of [rule.shortDescription.text, rule.fullDescription.text]) {
        if (!field || field.length > 1024) problems.push(`rule ${rule.id}: description empty or over 1024 characters`);
      }
      if (!rule.help.text) problems.push(`rule ${rule.id}: no help text`);
      const severity = rule.properties['security-severity'];
      if (!/^\d+(\.\d+)?$/.test(severity) || !(Number(severity) > 0 && Number(severity) <= 10))
        problems.push(`rule ${rule.id}: security-severity "${severity}"`);
      if (rule.properties.tags.length > 20) problems.push(`rule ${rule.id}: more than 20 tags`);
    }
    run.results.forEach((result, i) => {
      const where = `run ${r} result ${i}`;
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri;
      if (!uri) problems.push(`${where}: no physical location with a file`);
      else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) problems.push(`${where}: uri "${uri}" is not repo-relative`);
      if (!location?.region || !(location.region.startLine >= 1)) problems.push(`${where}: region without a 1-based startLine`);
      if (location?.region?.startColumn !== undefined && !(location.region.startColumn >= 1)) problems.push(`${where}: startColumn < 1`);
      if (rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${where}: ruleIndex does not point at ${result.ruleId}`);
      if (!result.message.text) problems.push(`${where}: empty message`);
      if (!result.partialFingerprints['a0lint/v1']) problems.push(`${where}: no a0lint/v1 fingerprint`);
    });
  });
  return problems;
}
