#!/usr/bin/env node
import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  FAIL_ON,
  FORMATS,
  configureRun,
  exitCode,
  tooManySarifRuns
} from "./chunks/chunk-F5SUVQLM.js";
import {
  VERSION,
  builtinRules
} from "./chunks/chunk-JHHDWGW3.js";
import {
  ensureDir
} from "./chunks/chunk-3VLVYPZS.js";
import "./chunks/chunk-HORCYZOK.js";
import {
  configRelative,
  fileMatcher
} from "./chunks/chunk-2A77RMBA.js";
import {
  INPUT_FORMATS
} from "./chunks/chunk-RYGICD7Z.js";
import {
  InputError,
  UsageError
} from "./chunks/chunk-DPWWXXW3.js";
import "./chunks/chunk-KHZTPSLG.js";

// src/cli/main.ts
import { writeFile } from "node:fs/promises";
import path3 from "node:path";
import { parseArgs } from "node:util";

// src/config/init.ts
import { open } from "node:fs/promises";
import path from "node:path";
function starterConfig(rules) {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const ruleLines = rules.map((rule) => `  # ${`${rule.meta.id}:`.padEnd(width + 1)} ${rule.meta.defaultSeverity.padEnd(7)}  # ${rule.meta.description}`);
  return `# a0lint configuration. Reference: https://github.com/a0lint/a0lint/blob/main/docs/configuration.md
# yaml-language-server: $schema=./node_modules/a0lint/schemas/a0lint.schema.json

# recommended: every built-in rule at its default severity. strict: the same, with notes raised to warnings.
extends: [recommended]

# Change a rule: off | note | warning | error, or [severity, { options }]. Defaults:
rules:
${ruleLines.join("\n")}

# Settings for some inputs only (globs relative to this file); later entries win.
# overrides:
#   - files: ['tenants/dev/**']
#     tenantDomain: example-dev.eu.auth0.com
#     rules:
#       prefer-require-client-grant: note

# The tenant's canonical domain (recognises its Management API), and deploy-cli keyword mappings:
# either KEY: value pairs or the path of a deploy-cli config.json.
# tenantDomain: example.eu.auth0.com
# mappings: ./config.json

# House rules without code: YAML files of declarative checks (docs/custom-rules.md).
# customRules: ['a0lint-rules/*.yml']

# Accepted findings. reason is required; after expires (YYYY-MM-DD) the entry stops suppressing and is reported.
# ignore:
#   - rule: prefer-require-client-grant
#     entity: { kind: resourceServer, key: 'https://legacy.example.com/*' }
#     reason: Legacy API, retired with the Q3 migration (SEC-123)
#     expires: 2026-09-30
#     owner: platform-team
`;
}
async function writeStarterConfig(cwd, rules) {
  const file = path.join(cwd, ".a0lint.yml");
  const handle = await open(file, "wx").catch((error) => {
    if (error.code === "EEXIST") throw new UsageError(".a0lint.yml already exists here; edit it, or delete it to start again");
    throw error;
  });
  try {
    await handle.writeFile(starterConfig(rules));
  } finally {
    await handle.close();
  }
  return ".a0lint.yml";
}

// src/config/print-config.ts
import path2 from "node:path";
function printConfig(run2, inputPath, cwd) {
  const { config } = run2;
  const resolved = run2.settingsFor(inputPath);
  const rules = {};
  for (const rule of run2.reportRules) {
    const setting = resolved.rules.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    rules[rule.meta.id] = setting?.options !== void 0 ? [severity, setting.options] : severity;
  }
  const relative = configRelative(config.baseDir, path2.resolve(cwd, inputPath));
  const ignore = config.ignore.filter((entry) => !entry.files || fileMatcher(entry.files)(relative)).map(({ pointer: _pointer, ...entry }) => entry);
  const printed = {
    configFile: config.document?.file ?? null,
    input: resolved.relativePath,
    extends: config.extends,
    overrides: resolved.overrides.map((index) => ({ index, files: config.overrides[index].files })),
    tenantDomain: resolved.tenantDomain ?? null,
    mappingKeys: Object.keys(resolved.mappings ?? {}).sort(),
    customRules: run2.lintRules.filter((rule) => rule.meta.id.startsWith("custom/")).map((rule) => rule.meta.id),
    rules,
    ignore
  };
  return `${JSON.stringify(printed, null, 2)}
`;
}

// src/cli/help.ts
var HELP = `Usage: a0lint [options] <path...>
       a0lint init             Write a commented starter .a0lint.yml in this folder
       a0lint --live --domain <host> [options]          Audit a tenant through the Management API
       a0lint pull --live --domain <host> --out <file>  Save the tenant as an API dump (.json)

Lints Auth0 tenant configuration: deploy-cli exports (tenant.yaml or a directory export)
and Management API dumps (.json with resource_servers, clients, client_grants).

Options:
  -f, --format <name[:file]>   Output format; repeat for several. stylish (default), json, sarif,
                               github (annotations), markdown (job summary), junit.
                               With :file the output goes to that file instead of stdout.
      --fail-on <severity>     Exit 1 when a finding is at least: error (default), warning, note, none
      --max-warnings <n>       Also exit 1 when there are more than n warnings
      --input-format <format>  yaml, directory or api-dump (default: from the path)
      --tenant-domain <host>   The tenant's canonical domain (recognises its Management API)
      --mappings <file>        Keyword mappings (JSON or YAML object of KEY: value)
      --deploy-config <file>   deploy-cli config.json; its AUTH0_KEYWORD_REPLACE_MAPPINGS are used
      --max-file-size <bytes>  Refuse larger input files (default 16777216 for YAML, 268435456 for JSON)
      --max-aliases <n>        YAML alias expansions allowed per file (default 1000)
      --list-rules             List the rules (built-in, custom, configuration checks) and exit
  -c, --config <file>          Configuration file (default: the nearest .a0lint.yml here or above)
      --no-config              Use no configuration file: every built-in rule at its default
      --print-config <path>    Print the configuration in force for that input (JSON) and exit
      --rules-dir <dir>        Load custom rule files (*.yml, *.yaml) below dir; repeatable
      --baseline <file>        Leave out findings recorded in this baseline file
      --update-baseline <file> Record today's findings in this baseline file (then leave them out)
Live audits (credentials also from AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_ACCESS_TOKEN):
      --live                   Read the tenant through the Management API (needs only read:resource_servers,
                               read:client_grants and read:clients)
      --domain <host>          The tenant's canonical domain, e.g. example.eu.auth0.com (host[:port] only)
      --client-id <id>         Client credentials of the audit application (prefer the variables:
      --client-secret <secret> options are visible to other local users in the process list)
      --access-token <token>   A Management API token instead of client credentials
      --custom-domain <host>   Send requests there; the token audience stays the canonical domain
      --out <file>             Also write what was read as an API dump (live findings point to it in SARIF)
  -h, --help                   Show this help and exit
  -v, --version                Show the version and exit

Exit codes: 0 no finding reaches --fail-on; 1 one does; 2 usage or input error, or data
that could not be read completely (never reported as clean).
Environment: NO_COLOR disables colour.
`;

// src/cli/list-rules.ts
function listRules(rules) {
  const rows = rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, rule.meta.category, rule.meta.description]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), ["rule", "default", "category"][column].length));
  const line = (row) => row.map((cell, column) => column < 3 ? cell.padEnd(widths[column]) : cell).join("  ");
  return `${[line(["rule", "default", "category", "description"]), ...rows.map(line)].join("\n")}
`;
}

// src/cli/live-flags.ts
var LIVE_OPTIONS = {
  live: { type: "boolean" },
  domain: { type: "string" },
  "client-id": { type: "string" },
  "client-secret": { type: "string" },
  "access-token": { type: "string" },
  "custom-domain": { type: "string" },
  out: { type: "string" }
};

// src/cli/main.ts
var OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "fail-on": { type: "string" },
  "max-warnings": { type: "string" },
  "input-format": { type: "string" },
  "tenant-domain": { type: "string" },
  mappings: { type: "string" },
  "deploy-config": { type: "string" },
  "max-file-size": { type: "string" },
  "max-aliases": { type: "string" },
  "list-rules": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  ...LIVE_OPTIONS,
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  "print-config": { type: "string" },
  "rules-dir": { type: "string", multiple: true },
  baseline: { type: "string" },
  "update-baseline": { type: "string" }
};
async function main(argv, io) {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`a0lint: ${error.message}
Run a0lint --help for usage.
`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.format()}
`);
      return 2;
    }
    io.stderr(`a0lint: internal error: ${error.message}
This is a bug in a0lint; please report it with the command you ran.
`);
    if (io.env.A0LINT_DEBUG) io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function run(argv, io) {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (positionals.length === 1 && positionals[0] === "init") {
    io.stdout(`Wrote ${await writeStarterConfig(io.cwd, builtinRules)}
`);
    return 0;
  }
  const configured = await configureRun({ cwd: io.cwd, configFile: values.config, noConfig: values["no-config"], rulesDirs: values["rules-dir"] });
  if (values["list-rules"]) {
    io.stdout(listRules(configured.reportRules));
    return 0;
  }
  if (values["print-config"] !== void 0) {
    io.stdout(printConfig(configured, values["print-config"], io.cwd));
    return 0;
  }
  if (positionals[0] === "pull") return (await import("./chunks/live-options-FQCNO6BQ.js")).pull(values, positionals.slice(1), io);
  if (positionals.length === 0 && !values.live) throw new UsageError("no input: give a deploy-cli export (tenant.yaml or a folder) or an API dump (.json)");
  const failOn = oneOf("--fail-on", values["fail-on"] ?? "error", FAIL_ON);
  const maxWarnings = values["max-warnings"] === void 0 ? void 0 : wholeNumber("--max-warnings", values["max-warnings"]);
  const format = values["input-format"] === void 0 ? void 0 : oneOf("--input-format", values["input-format"], INPUT_FORMATS);
  const outputs = (values.format ?? ["stylish"]).map(parseFormatTarget);
  const sarifRefused = outputs.some((output2) => output2.name === "sarif") ? tooManySarifRuns(positionals.length) : void 0;
  if (sarifRefused) throw new UsageError(`--format sarif: ${sarifRefused}`);
  const mappings = await loadMappings(values.mappings, values["deploy-config"], io.cwd);
  const live = values.live ? await (await import("./chunks/live-options-FQCNO6BQ.js")).lintLive(values, positionals, io, { rules: configured.lintRules, settingsFor: () => configured.settingsFor(".").rules, tenantDomain: values["tenant-domain"] }) : void 0;
  const linted = live ?? await configured.lint(positionals, {
    cwd: io.cwd,
    format,
    mappings,
    tenantDomain: values["tenant-domain"],
    maxFileSize: values["max-file-size"] === void 0 ? void 0 : wholeNumber("--max-file-size", values["max-file-size"]),
    yaml: values["max-aliases"] === void 0 ? void 0 : { maxAliasCount: wholeNumber("--max-aliases", values["max-aliases"]) }
  });
  const { result, notes } = await configured.finish(linted, {
    now: io.now?.() ?? /* @__PURE__ */ new Date(),
    baseline: values.baseline,
    updateBaseline: values["update-baseline"]
  });
  for (const note of notes) io.stderr(`${note}
`);
  for (const error of result.errors) io.stderr(`${error.format()}
`);
  const color = io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  for (const output2 of outputs) {
    const text = FORMATS[output2.name]({
      findings: result.findings,
      errors: result.errors,
      targets: result.targets,
      rules: configured.reportRules,
      version: VERSION,
      color: output2.file === void 0 && color,
      ...live?.anchorFile !== void 0 ? { anchorFile: live.anchorFile } : {}
    });
    if (output2.file === void 0) io.stdout(text);
    else {
      const target = path3.resolve(io.cwd, output2.file);
      try {
        await ensureDir(path3.dirname(target));
        await writeFile(target, text);
      } catch (error) {
        throw new InputError(`cannot write the ${output2.name} report: ${error.code ?? error.message}`, output2.file);
      }
    }
  }
  return exitCode(result.findings, result.errors, failOn, maxWarnings);
}
function parseCommandLine(argv) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
}
function parseFormatTarget(value) {
  const colon = value.indexOf(":");
  const name = colon === -1 ? value : value.slice(0, colon);
  const file = colon === -1 ? void 0 : value.slice(colon + 1);
  if (!Object.hasOwn(FORMATS, name)) throw new UsageError(`unknown format "${name}"; choose from ${Object.keys(FORMATS).join(", ")}`);
  if (file === "") throw new UsageError(`--format ${name}: give a file after the colon, or leave the colon out for stdout`);
  return { name, ...file !== void 0 ? { file } : {} };
}
async function loadMappings(mappingsFile, deployConfig, cwd) {
  if (!mappingsFile && !deployConfig) return {};
  const { readMappingsFile } = await import("./chunks/mappings-52ZHYZQF.js");
  const fromConfig = deployConfig ? await readMappingsFile(deployConfig, cwd, "deploy-config") : {};
  const fromFile = mappingsFile ? await readMappingsFile(mappingsFile, cwd, "mappings") : {};
  return { ...fromConfig, ...fromFile };
}
function oneOf(option, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value;
}
function wholeNumber(option, value) {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} needs a whole number (got "${value}")`);
  return Number(value);
}

// src/cli/output-errors.ts
var OutputErrors = class {
  constructor(target) {
    this.target = target;
  }
  /** True once a report could not be written: the run's exit code is then 2, whenever the failure is noticed. */
  failed = false;
  handler(stream) {
    return (error) => {
      if (error.code === "EPIPE") return;
      this.target.exitCode = 2;
      if (this.failed) return;
      this.failed = true;
      if (stream === "standard output") this.target.stderr.write(`a0lint: cannot write the report to ${stream}: ${error.code ?? error.message}
`);
    };
  }
  /** The exit code to end with: the run's own, unless its report was lost. */
  exitCode(code2) {
    return this.failed ? 2 : code2;
  }
};

// src/cli.ts
var output = new OutputErrors(process);
process.stdout.on("error", output.handler("standard output"));
process.stderr.on("error", output.handler("standard error"));
var code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true
});
process.exitCode = output.exitCode(code);
