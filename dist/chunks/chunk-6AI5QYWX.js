import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  FAIL_ON,
  exitCode,
  expandInputGlobs
} from "./chunk-4E7LDGNK.js";
import {
  parseTenantDomain
} from "./chunk-5GD2QN6T.js";
import {
  UnsafeDestination,
  batched,
  writeFileSafely
} from "./chunk-IKUHQKPC.js";
import {
  FORMATS,
  FORMAT_CHUNKS,
  tooManySarifRuns
} from "./chunk-BO3RIFEE.js";
import {
  VERSION
} from "./chunk-FXPDZIPA.js";
import {
  builtinRules,
  effectiveOptions,
  errorsOf,
  findingsOf,
  lintProject,
  openProject,
  presetSettings
} from "./chunk-UOSP3FOZ.js";
import {
  configRelative,
  fileMatcher
} from "./chunk-2SIURFMV.js";
import {
  INPUT_FORMATS,
  distance,
  systemErrorWords
} from "./chunk-3O7BZ777.js";
import {
  oneOf
} from "./chunk-XZXQAQVD.js";
import {
  InputError,
  UsageError
} from "./chunk-RTYLSBLV.js";

// src/cli/arguments.ts
import { parseArgs } from "node:util";
function parseCommand(argv, options, command = "") {
  const args = attachNegativeNumbers(argv, options);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command ? `${command}: ` : ""}${plainMessage(error, args, options)}`);
  }
}
function attachNegativeNumbers(argv, options) {
  const args = [];
  for (const arg of argv) {
    const previous = args.at(-1);
    const option = previous?.startsWith("--") && !previous.includes("=") ? options[previous.slice(2)] : void 0;
    if (/^-\d+$/.test(arg) && option?.type === "string") args[args.length - 1] = `${previous}=${arg}`;
    else args.push(arg);
  }
  return args;
}
function plainMessage(error, args, options) {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const flags = quoted.match(/--?[\w-]+/g) ?? [];
  if (flags.length === 0) return error.message.split("\n")[0];
  const index = args.findIndex((arg) => flags.some((flag) => arg === flag || arg.startsWith(`${flag}=`) || !flag.startsWith("--") && arg.startsWith(flag)));
  const named = (index === -1 ? void 0 : flags.find((flag) => args[index].startsWith(flag))) ?? flags.at(-1);
  const at = index === -1 ? "" : ` (argument ${index + 1})`;
  const name = displayName(named, options);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${named}${at}${closestOption(named, options)}`;
  if (/does not take an argument/.test(error.message)) return `${name} takes no value${at}: write ${name} alone`;
  if (/argument is ambiguous/.test(error.message)) {
    return `${name} needs a value${at}, but the next argument "${args[index + 1] ?? ""}" is an option; for a value that starts with a dash write ${name}=VALUE`;
  }
  if (/argument missing/.test(error.message)) return `${name} needs a value${at}`;
  return error.message.split("\n")[0];
}
function displayName(named, options) {
  if (named.startsWith("--")) return named;
  const long = Object.entries(options).find(([, option]) => option.short === named.slice(1));
  return long ? `-${long[1].short}/--${long[0]}` : named;
}
function closestOption(named, options) {
  const given = named.replace(/^-+/, "");
  let best;
  let bestDistance = Infinity;
  for (const known of Object.keys(options)) {
    const edits = distance(known, given);
    if (edits < bestDistance) [best, bestDistance] = [known, edits];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? ` (did you mean --${best}?)` : "";
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
var INPUT_OPTIONS = {
  "input-format": { type: "string" },
  "tenant-domain": { type: "string" },
  mappings: { type: "string" },
  "deploy-config": { type: "string" },
  "max-file-size": { type: "string" },
  "max-aliases": { type: "string" }
};

// src/cli/write-output.ts
import path from "node:path";
async function writeOutput(io, output, chunks, inputs = []) {
  if (output.file === void 0) {
    for (const text of batched(chunks)) io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output.file);
  try {
    await writeFileSafely(target, chunks, { inputs: inputs.map((input) => path.resolve(io.cwd, input)) });
  } catch (error) {
    if (error instanceof UnsafeDestination) throw new InputError(`cannot write the ${output.name} report: ${output.file} ${error.message}`, output.file);
    if (typeof error.syscall !== "string" && error.code !== "ENOTDIR") throw error;
    throw new InputError(`cannot write the ${output.name} report: ${systemErrorWords(error)}`, output.file);
  }
}
function useColor(io) {
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  return io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}

// src/cli/main.ts
import { availableParallelism } from "node:os";
import path4 from "node:path";

// src/app/print-config.ts
import path2 from "node:path";
function printConfig(run2, inputPath, cwd) {
  const { config } = run2;
  const resolved = run2.settingsFor(inputPath);
  const rules = {};
  for (const rule of run2.reportRules) {
    const setting = resolved.rules.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    const options = effectiveOptions(rule, setting);
    rules[rule.meta.id] = Object.keys(options).length > 0 ? [severity, options] : severity;
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

// src/config/init.ts
import { open } from "node:fs/promises";
import path3 from "node:path";
var EXAMPLE_EXPIRY_DAYS = 90;
function starterConfig(rules, today = /* @__PURE__ */ new Date()) {
  const expires = new Date(today.getTime() + EXAMPLE_EXPIRY_DAYS * 864e5).toISOString().slice(0, 10);
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const recommended = presetSettings(["recommended"], rules);
  const strict = presetSettings(["strict"], rules);
  const ruleLines = rules.map(({ meta }) => {
    const shown = recommended.get(meta.id).severity;
    const strictOnly = shown === "off" ? `(strict: ${strict.get(meta.id).severity}) ` : "";
    return `  # ${`${meta.id}:`.padEnd(width + 1)} ${shown.padEnd(7)}  # ${strictOnly}${meta.description}`;
  });
  return `# a0lint configuration. Reference: https://github.com/a0lint/a0lint/blob/main/docs/configuration.md
# yaml-language-server: $schema=https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/a0lint.schema.json

# recommended: the rules a production tenant should pass. strict: every rule, those marked (strict: \u2026) too; notes warn.
extends: [recommended]

# Change a rule: off | note | warning | error, or [severity, { options }]. What recommended gives:
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
#     expires: ${expires}
#     owner: platform-team
`;
}
async function writeStarterConfig(cwd, rules) {
  const file = path3.join(cwd, ".a0lint.yml");
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

// src/cli/help.ts
var HELP = `Usage: a0lint [options] <path...>
       a0lint init             Write a commented starter .a0lint.yml in this folder
       a0lint --live --domain <host> [options]          Audit a tenant through the Management API
       a0lint pull --live --domain <host> --out <file>  Save the tenant as an API dump (.json)
       a0lint access <path...>  Who can get tokens for which API, and why (a0lint access --help)

Lints Auth0 tenant configuration: deploy-cli exports (tenant.yaml or a directory export),
Management API dumps (.json with resource_servers, clients, client_grants) and Terraform
configurations of the auth0/auth0 provider (a folder of .tf files, or one .tf file).

Options:
  -f, --format <name[:file]>   Output format; repeat for several. stylish (default), json, sarif,
                               github (annotations), markdown (job summary), junit.
                               With :file the output goes to that file instead of stdout.
  -o, --output-file <file>     Write the formats given without :file (stylish by default) to this file
      --quiet                  Report errors only: warnings and notes are neither shown nor counted
      --verbose                Stylish: below each finding's one-line headline, why it matters, how to fix
                               it, and the rule's docs URL
      --color, --no-color      Force colour on or off (default: on a terminal only; see Environment)
      --fail-on <severity>     Exit 1 when a finding is at least: error (default), warning, note, none
      --max-warnings <n>       Also exit 1 when there are more than n warnings (-1: no limit, the default)
      --input-format <format>  yaml, directory, api-dump or terraform (default: from the path)
      --tenant-domain <host>   The tenant's canonical domain (recognises its Management API)
      --mappings <file>        Keyword mappings (JSON or YAML object of KEY: value)
      --deploy-config <file>   deploy-cli config.json; its AUTH0_KEYWORD_REPLACE_MAPPINGS and AUTH0_BASE_PATH are used
      --max-file-size <bytes>  Refuse larger input files (default 16777216 for YAML, 268435456 for JSON)
      --max-aliases <n>        YAML alias expansions allowed per file (default 1000)
  -j, --jobs <n>               Lint up to n inputs at once, each on its own thread (default: the number of
                               cores; a thread is started only for enough input to pay for its start-up);
                               the output is the same as linting them one after another
      --list-rules             List the rules (built-in, custom, configuration checks) and exit;
                               with --format json, their metadata as JSON; -o writes it to a file
  -c, --config <file>          Configuration file (default: the nearest .a0lint.yml here or above)
      --no-config              Use no configuration file: the recommended rules at their defaults
      --print-config <path>    Print the configuration in force for that input (JSON; -o to a file)
      --rules-dir <dir>        Load custom rule files (*.yml, *.yaml) below dir; repeatable
      --baseline <file>        Leave out findings recorded in this baseline file
      --update-baseline <file> Record today's findings in this baseline file (then leave them out)
Live audits (credentials also from AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_ACCESS_TOKEN):
      --live                   Read the tenant through the Management API (needs only read:resource_servers,
                               read:client_grants and read:clients; posture sections are read when
                               the token has their read: scopes, see the README)
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
Environment: colour is decided by --color/--no-color, else FORCE_COLOR (on; FORCE_COLOR=0 or false: off),
else NO_COLOR (off), else whether standard output is a terminal (TERM=dumb: off).
Stylish links rule ids to their docs (OSC 8) on terminals known to show such links, with colour on and not
in CI; FORCE_HYPERLINK=1 or 0 turns the links on or off.
`;

// src/docs/rules-table.ts
var CATEGORY_LABELS = {
  "access-policy": "access policy",
  "client-grants": "client grants",
  clients: "clients",
  apis: "APIs",
  hygiene: "hygiene",
  audit: "live audit",
  tenant: "tenant settings",
  "attack-protection": "attack protection",
  authentication: "authentication",
  code: "code",
  monitoring: "monitoring"
};

// src/cli/list-rules.ts
function listRules(rules) {
  const rows = rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, CATEGORY_LABELS[rule.meta.category] ?? rule.meta.category, rule.meta.description]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), ["rule", "default", "category"][column].length));
  const line = (row) => row.map((cell, column) => column < 3 ? cell.padEnd(widths[column]) : cell).join("  ");
  return `${[line(["rule", "default", "category", "description"]), ...rows.map(line)].join("\n")}
`;
}
function listRulesJson(rules) {
  const entries = rules.map(({ meta: { docs: _docs, ...meta } }) => meta);
  return `${JSON.stringify({ version: 1, rules: entries }, null, 2)}
`;
}

// src/cli/terminal-links.ts
function useHyperlinks(io, color) {
  const { env } = io;
  const forced = env.FORCE_HYPERLINK;
  if (forced !== void 0 && forced !== "") return !/^0+$/.test(forced.trim());
  if (!color || !io.stdoutIsTTY || env.TERM === "dumb") return false;
  if (env.CI !== void 0 || env.GITHUB_ACTIONS !== void 0 || env.TEAMCITY_VERSION !== void 0) return false;
  if (env.WT_SESSION !== void 0) return true;
  const version = (env.TERM_PROGRAM_VERSION ?? "").split(".").map((part) => Number.parseInt(part, 10) || 0);
  const atLeast = (major, minor) => (version[0] ?? 0) > major || (version[0] ?? 0) === major && (version[1] ?? 0) >= minor;
  switch (env.TERM_PROGRAM) {
    case "iTerm.app":
      return atLeast(3, 1);
    case "vscode":
      return env.CURSOR_TRACE_ID !== void 0 || atLeast(1, 72);
    case "WezTerm":
    case "ghostty":
    case "zed":
      return true;
    default:
      break;
  }
  if (env.VTE_VERSION !== void 0) return vteHasLinks(env.VTE_VERSION);
  return ["xterm-kitty", "alacritty", "foot", "foot-extra"].includes(env.TERM ?? "");
}
function vteHasLinks(value) {
  const [major = 0, minor = 0, patch = 0] = value.includes(".") ? value.split(".").map((part) => Number.parseInt(part, 10) || 0) : [0, Math.floor((Number.parseInt(value, 10) || 0) / 100), (Number.parseInt(value, 10) || 0) % 100];
  if (major === 0 && minor === 50 && patch === 0) return false;
  return major > 0 || minor >= 50;
}

// src/cli/main.ts
var OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "fail-on": { type: "string" },
  "max-warnings": { type: "string" },
  "output-file": { type: "string", short: "o" },
  quiet: { type: "boolean" },
  verbose: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  ...INPUT_OPTIONS,
  jobs: { type: "string", short: "j" },
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
var LIST_FORMATS = { stylish: listRules, json: listRulesJson };
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
  if (argv[0] === "access") return (await import("./access-A5PMNIXK.js")).accessCommand(argv.slice(1), io);
  const { values, positionals } = parseCommand(argv, OPTIONS);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (positionals[0] === "init") {
    if (positionals.length > 1) throw new UsageError(`init takes no path (got "${positionals[1]}"): it writes .a0lint.yml in the current folder`);
    io.stdout(`Wrote ${await writeStarterConfig(io.cwd, builtinRules)}
`);
    return 0;
  }
  for (const [option, does] of [
    ["list-rules", "lists the rules"],
    ["print-config", "prints the configuration for the path it is given"]
  ]) {
    if (values[option] !== void 0 && values[option] !== false && positionals.length > 0)
      throw new UsageError(`--${option} takes no other path (got "${positionals[0]}"): it ${does} and lints nothing`);
  }
  const project = await openProject({ cwd: io.cwd, configFile: values.config, noConfig: values["no-config"], rulesDirs: values["rules-dir"] });
  if (values["list-rules"]) {
    const formats = values.format ?? ["stylish"];
    if (formats.length !== 1 || !Object.hasOwn(LIST_FORMATS, formats[0].split(":")[0]))
      throw new UsageError(`--list-rules prints a table (stylish, the default) or JSON (--format json); got --format ${formats.join(", --format ")}`);
    const listed = parseFormatTarget(formats[0], LIST_FORMATS);
    await writeOutput(io, { ...listed, ...listed.file === void 0 && values["output-file"] !== void 0 ? { file: values["output-file"] } : {} }, [
      LIST_FORMATS[listed.name](project.reportRules)
    ]);
    return 0;
  }
  if (values["print-config"] !== void 0) {
    const file = values["output-file"];
    await writeOutput(
      io,
      { name: "configuration", ...file !== void 0 ? { file } : {} },
      [printConfig(project, values["print-config"], io.cwd)],
      [values["print-config"]]
    );
    return 0;
  }
  if (positionals[0] === "pull") return (await import("./live-options-XFXBZKIT.js")).pull(values, positionals.slice(1), io);
  if (positionals.length === 0 && !values.live)
    throw new UsageError("no input: give a deploy-cli export (tenant.yaml or a folder), an API dump (.json) or a Terraform folder (.tf files)");
  const failOn = oneOf("--fail-on", values["fail-on"] ?? "error", FAIL_ON);
  const maxWarnings = values["max-warnings"] === void 0 || values["max-warnings"] === "-1" ? void 0 : wholeNumber("--max-warnings", values["max-warnings"]);
  const format = values["input-format"] === void 0 ? void 0 : oneOf("--input-format", values["input-format"], INPUT_FORMATS);
  const outputs = (values.format ?? ["stylish"]).map((value) => parseFormatTarget(value)).map((output) => output.file === void 0 && values["output-file"] !== void 0 ? { ...output, file: values["output-file"] } : output);
  refuseSharedDestinations(outputs, io.cwd);
  const paths = values.live ? positionals : await expandInputGlobs(positionals, io.cwd);
  const sarifRefused = outputs.some((output) => output.name === "sarif") ? tooManySarifRuns(paths.length) : void 0;
  if (sarifRefused) throw new UsageError(`--format sarif: ${sarifRefused}`);
  const mappings = await loadMappings(values.mappings, values["deploy-config"], io.cwd);
  const basePath = values["deploy-config"] === void 0 ? void 0 : await deployBasePath(values["deploy-config"], io.cwd);
  const readFiles = [...paths, values.mappings, values["deploy-config"], values.baseline].filter((file) => file !== void 0);
  const live = values.live ? (await import("./live-options-XFXBZKIT.js")).liveSource(values, positionals, io) : void 0;
  const linted = await lintProject(project, {
    ...live ? { live } : { paths },
    mappings,
    ...values["tenant-domain"] !== void 0 ? { tenantDomain: parseTenantDomain(values["tenant-domain"], "--tenant-domain") } : {},
    read: {
      ...format !== void 0 ? { format } : {},
      ...values["max-file-size"] !== void 0 ? { maxFileSize: wholeNumber("--max-file-size", values["max-file-size"]) } : {},
      ...values["max-aliases"] !== void 0 ? { yaml: { maxAliasCount: wholeNumber("--max-aliases", values["max-aliases"]) } } : {},
      ...basePath !== void 0 ? { basePath } : {}
    },
    now: io.now?.() ?? /* @__PURE__ */ new Date(),
    jobs: values.jobs === void 0 ? availableParallelism() : positiveNumber("--jobs", values.jobs),
    ...values.baseline !== void 0 ? { baseline: values.baseline } : {},
    ...values["update-baseline"] !== void 0 ? { updateBaseline: values["update-baseline"] } : {}
  });
  for (const note of linted.notes) io.stderr(`${note}
`);
  const errors = errorsOf(linted.targets);
  for (const error of errors) io.stderr(`${error.format()}
`);
  const targets = values.quiet ? errorsOnly(linted.targets) : linted.targets;
  const color = colorFlag(values, argv) ?? useColor(io);
  const hyperlinks = useHyperlinks(io, color);
  for (const output of outputs) {
    const chunks = FORMAT_CHUNKS[output.name]({
      targets,
      rules: linted.rules,
      version: VERSION,
      color: output.file === void 0 && color,
      hyperlinks: output.file === void 0 && hyperlinks,
      verbose: values.verbose === true,
      ...linted.anchorFile !== void 0 ? { anchorFile: linted.anchorFile } : {}
    });
    await writeOutput(io, output, chunks, readFiles);
  }
  const findings = findingsOf(targets);
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  const code = exitCode(findings, errors, failOn, maxWarnings);
  if (code === 1 && exitCode(findings, errors, failOn) === 0)
    io.stderr(`a0lint: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${maxWarnings}
`);
  return code;
}
function refuseSharedDestinations(outputs, cwd) {
  const seen = /* @__PURE__ */ new Map();
  for (const output of outputs) {
    const destination = output.file === void 0 ? "standard output" : path4.resolve(cwd, output.file);
    const other = seen.get(destination);
    if (other !== void 0) {
      const where = output.file === void 0 ? "standard output" : output.file;
      throw new UsageError(
        `--format ${other} and --format ${output.name} would both be written to ${where}; give each its own file (--format ${output.name}:FILE)`
      );
    }
    seen.set(destination, output.name);
  }
}
function errorsOnly(targets) {
  return targets.map((target) => ({ ...target, findings: target.findings.filter((finding) => finding.severity === "error") })).filter((target) => target.kind === "input" || target.findings.length > 0 || target.errors.length > 0);
}
function colorFlag(values, argv) {
  if (values.color && values["no-color"]) return argv ? argv.lastIndexOf("--color") > argv.lastIndexOf("--no-color") : void 0;
  if (values.color) return true;
  if (values["no-color"]) return false;
  return void 0;
}
function positiveNumber(option, value) {
  const number = wholeNumber(option, value);
  if (number === 0) throw new UsageError(`${option} needs at least 1 (got "${value}")`);
  return number;
}
function parseFormatTarget(value, formats = FORMATS) {
  const colon = value.indexOf(":");
  const name = colon === -1 ? value : value.slice(0, colon);
  const file = colon === -1 ? void 0 : value.slice(colon + 1);
  if (!Object.hasOwn(formats, name)) throw new UsageError(`unknown format "${name}"; choose from ${Object.keys(formats).join(", ")}`);
  if (file === "") throw new UsageError(`--format ${name}: give a file after the colon, or leave the colon out for stdout`);
  return { name, ...file !== void 0 ? { file } : {} };
}
async function loadMappings(mappingsFile, deployConfig, cwd) {
  if (!mappingsFile && !deployConfig) return {};
  const { readMappingsFile } = await import("./mappings-QN52NJZH.js");
  const fromConfig = deployConfig ? readMappingsFile(deployConfig, cwd, "deploy-config") : {};
  const fromFile = mappingsFile ? readMappingsFile(mappingsFile, cwd, "mappings") : {};
  return { ...fromConfig, ...fromFile };
}
async function deployBasePath(deployConfig, cwd) {
  const { readDeployConfig } = await import("./mappings-QN52NJZH.js");
  return readDeployConfig(deployConfig, cwd).basePath;
}
function wholeNumber(option, value) {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} needs a whole number (got "${value}")`);
  return Number(value);
}

export {
  parseCommand,
  LIVE_OPTIONS,
  INPUT_OPTIONS,
  writeOutput,
  useColor,
  main,
  parseFormatTarget,
  loadMappings,
  wholeNumber
};
