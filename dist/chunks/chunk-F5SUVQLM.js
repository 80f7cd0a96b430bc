import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  builtinRules,
  fill,
  fingerprint,
  lintPaths,
  sortFindings
} from "./chunk-JHHDWGW3.js";
import {
  defineRule
} from "./chunk-HORCYZOK.js";
import {
  assertValid,
  configRelative,
  errorAt,
  fileMatcher,
  keyMatcher,
  readLocatedDocument
} from "./chunk-2A77RMBA.js";
import {
  displayPath
} from "./chunk-RYGICD7Z.js";
import {
  InputError,
  joinPointer,
  printable
} from "./chunk-DPWWXXW3.js";

// src/config/configured-run.ts
import path4 from "node:path";

// src/config/ignores.ts
import path from "node:path";

// src/engine/docs-url.ts
var HOMEPAGE = "https://github.com/a0lint/a0lint";
function docsUrl(ruleId) {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}/README.md`;
}
function ruleDocsUrl(meta) {
  return meta.docsUrl ?? docsUrl(meta.id);
}

// src/config/rules/expired-ignore.md
var expired_ignore_default = "# expired-ignore\n\nAn `ignore` entry in `.a0lint.yml` has passed its `expires` date.\n\n## Why\n\nAn accepted risk is accepted for a time. Once the date passes, the entry stops suppressing its findings (they are\nreported again) and this finding points at the entry, so the exception is either fixed or renewed on purpose, with\na new date and reason, in a reviewed change.\n\n## How to fix\n\nFix the findings the entry covered and delete the entry, or set a new `expires` date and update `reason`.\n";

// src/config/rules/unused-ignore.md
var unused_ignore_default = "# unused-ignore\n\nAn `ignore` entry in `.a0lint.yml` suppressed no finding in this run.\n\n## Why\n\nSuppressions rot: the entity was fixed, renamed or deleted, and the stale entry would silently hide a future\nfinding with the same key. Reporting it keeps the list of exceptions equal to the list of real, accepted findings.\n\nAn entry is only reported when every input it applies to was read completely. Limit an entry to some inputs with\n`files` when you lint several tenants with one configuration.\n\n## How to fix\n\nDelete the entry, or correct its `rule`, `entity.kind` or `entity.key` (a glob) so it names the finding you accept.\n";

// src/config/rules/index.ts
var CONFIG_DOCS = `${HOMEPAGE}/blob/main/docs/configuration.md#ignore`;
var expiredIgnore = defineRule({
  meta: {
    id: "expired-ignore",
    description: "Renew or remove ignore entries whose expiry date has passed",
    defaultSeverity: "warning",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["configuration", "suppressions"],
    messages: {
      expired: 'This ignore entry for {{rule}} on {{kind}} "{{key}}" expired on {{expires}}{{owner}}, so it no longer suppresses findings. Fix the findings it covered and delete the entry, or renew it with a new expires date and reason.'
    },
    docs: expired_ignore_default,
    docsUrl: CONFIG_DOCS
  },
  check() {
  }
});
var unusedIgnore = defineRule({
  meta: {
    id: "unused-ignore",
    description: "Remove ignore entries that suppress no finding",
    defaultSeverity: "warning",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 2,
    tags: ["configuration", "suppressions"],
    messages: {
      unused: 'This ignore entry for {{rule}} on {{kind}} "{{key}}" suppressed no finding. Delete it, or correct its rule or entity key so it names the finding you accept.'
    },
    docs: unused_ignore_default,
    docsUrl: CONFIG_DOCS
  },
  check() {
  }
});
var configRules = [expiredIgnore, unusedIgnore];

// src/config/ignores.ts
function today(now) {
  return now.toISOString().slice(0, 10);
}
function applyIgnores(targets, config, options) {
  const date = today(options.now);
  const entries = config.ignore.map((entry) => ({
    entry,
    expired: entry.expires !== void 0 && entry.expires <= date,
    matchesKey: keyMatcher(entry.key),
    matchesFile: entry.files ? fileMatcher(entry.files) : () => true,
    used: false,
    // Unused is only claimed when every input the entry covers was read completely.
    complete: true,
    covered: false
  }));
  let suppressed = 0;
  const filtered = targets.map((target) => {
    const relative = configRelative(config.baseDir, path.resolve(options.cwd, target.path));
    const active = entries.filter((item) => item.matchesFile(relative));
    for (const item of active) {
      item.covered = true;
      if (target.errors.length > 0 || !target.tenant) item.complete = false;
    }
    const findings2 = target.findings.filter((finding) => {
      const by = active.find((item) => !item.expired && matches(item.entry, item.matchesKey, finding));
      if (!by) return true;
      by.used = true;
      suppressed++;
      return false;
    });
    return { ...target, findings: findings2 };
  });
  const findings = [];
  const document = config.document;
  if (document) {
    const report = (rule, messageId, entry, pointer, data) => {
      const severity = options.severityOf(rule);
      if (severity === "off") return;
      const range = document.locate(pointer);
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: fill(rule.meta.messages[messageId], data),
        path: pointer,
        ...range ? { location: { file: document.file, ...range } } : {},
        // The entry's content, not its position: reordering the ignore list keeps the fingerprint.
        fingerprint: fingerprint(rule.meta.id, document.file, entry.rule, entry.kind, entry.key, (entry.files ?? []).join("\0"))
      });
    };
    for (const item of entries) {
      const data = { rule: item.entry.rule, kind: item.entry.kind, key: item.entry.key };
      if (item.expired) {
        report(expiredIgnore, "expired", item.entry, `${item.entry.pointer}/expires`, {
          ...data,
          expires: item.entry.expires,
          owner: item.entry.owner ? ` (owner: ${item.entry.owner})` : ""
        });
      } else if (!item.used && item.covered && item.complete) {
        report(unusedIgnore, "unused", item.entry, item.entry.pointer, data);
      }
    }
  }
  return { targets: filtered, suppressed, findings };
}
function matches(entry, matchesKey, finding) {
  return finding.ruleId === entry.rule && finding.entity?.kind === entry.kind && matchesKey(finding.entity.key);
}

// src/config/load-config.ts
import { access } from "node:fs/promises";
import path2 from "node:path";
var CONFIG_FILE_NAMES = [".a0lint.yml", ".a0lint.yaml"];
function defaultConfig(cwd) {
  return { baseDir: cwd, extends: ["recommended"], rules: /* @__PURE__ */ new Map(), overrides: [], customRules: [], ignore: [] };
}
async function findConfigFile(cwd, named) {
  if (named !== void 0) return path2.resolve(cwd, named);
  for (let folder = path2.resolve(cwd); ; folder = path2.dirname(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path2.join(folder, name);
      if (await access(candidate).then(() => true, () => false)) return candidate;
    }
    if (path2.dirname(folder) === folder) return void 0;
  }
}
async function readConfig(file, cwd) {
  const document = await readLocatedDocument(file, displayPath(cwd, file));
  const data = withoutEmptySections(document.data);
  assertValid((await import("./config-schema.validate-ALBJP6G6.js")).validate, document, data);
  const raw = data;
  const baseDir = path2.dirname(file);
  for (const [index, entry] of (raw.ignore ?? []).entries()) {
    if (entry.expires !== void 0 && !isCalendarDate(entry.expires)) {
      throw errorAt(document, joinPointer("/ignore", index, "expires"), `"${entry.expires}" is not a date (YYYY-MM-DD)`);
    }
  }
  return {
    document,
    baseDir,
    extends: raw.extends ?? ["recommended"],
    rules: settingsOf(raw.rules),
    overrides: await Promise.all(
      (raw.overrides ?? []).map(async (override, index) => ({
        files: override.files,
        rules: settingsOf(override.rules),
        ...override.tenantDomain !== void 0 ? { tenantDomain: override.tenantDomain } : {},
        ...override.mappings !== void 0 ? { mappings: await mappingsOf(override.mappings, document, joinPointer("/overrides", index, "mappings"), baseDir, cwd) } : {}
      }))
    ),
    ...raw.tenantDomain !== void 0 ? { tenantDomain: raw.tenantDomain } : {},
    ...raw.mappings !== void 0 ? { mappings: await mappingsOf(raw.mappings, document, "/mappings", baseDir, cwd) } : {},
    customRules: raw.customRules ?? [],
    ignore: (raw.ignore ?? []).map((entry, index) => ({
      rule: entry.rule,
      kind: entry.entity.kind,
      key: entry.entity.key,
      ...entry.files ? { files: entry.files } : {},
      reason: entry.reason,
      ...entry.expires !== void 0 ? { expires: entry.expires } : {},
      ...entry.owner !== void 0 ? { owner: entry.owner } : {},
      pointer: joinPointer("/ignore", index)
    }))
  };
}
async function checkRuleReferences(config, rules) {
  const document = config.document;
  if (!document) return;
  const sections = [config.rules, ...config.overrides.map((override) => override.rules)];
  const hasOptions = sections.some((settings) => [...settings.values()].some((setting) => setting.options !== void 0));
  const optionsAjv = hasOptions ? new (await loadAjv())({ allErrors: false, strict: false, ...SHIPPED_SCHEMA }) : void 0;
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const checkSettings = (settings, pointer) => {
    for (const [id, setting] of settings) {
      const at = joinPointer(pointer, id);
      const rule = byId.get(id);
      if (!rule) throw errorAt(document, at, `unknown rule "${id}"${suggestion(id, byId.keys())}`);
      if (setting.options !== void 0) checkOptions(optionsAjv, rule, setting.options, document, joinPointer(at, 1));
    }
  };
  checkSettings(config.rules, "/rules");
  config.overrides.forEach((override, index) => checkSettings(override.rules, joinPointer("/overrides", index, "rules")));
  for (const entry of config.ignore) {
    if (!byId.has(entry.rule)) throw errorAt(document, joinPointer(entry.pointer, "rule"), `unknown rule "${entry.rule}"${suggestion(entry.rule, byId.keys())}`);
  }
}
var optionValidators = /* @__PURE__ */ new WeakMap();
function checkOptions(ajv, rule, options, document, pointer) {
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
var SHIPPED_SCHEMA = { validateSchema: false };
async function loadAjv() {
  return (await import("./ajv-6MQVVUHX.js")).Ajv;
}
function settingsOf(raw) {
  const settings = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(raw ?? {})) {
    if (typeof value === "string") settings.set(id, { severity: value });
    else {
      const [severity, options] = value;
      settings.set(id, { severity, ...options !== void 0 ? { options } : {} });
    }
  }
  return settings;
}
async function mappingsOf(value, document, pointer, baseDir, cwd) {
  if (typeof value !== "string") return value;
  try {
    const { readMappingsFile } = await import("./mappings-52ZHYZQF.js");
    return await readMappingsFile(path2.resolve(baseDir, value), cwd, "deploy-config");
  } catch (error) {
    if (error instanceof InputError && error.line === void 0) throw errorAt(document, pointer, `${error.file ?? value}: ${error.message}`);
    throw error;
  }
}
function withoutEmptySections(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
}
function isCalendarDate(value) {
  const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
function suggestion(id, known) {
  const close = [...known].find((candidate) => candidate.includes(id) || id.includes(candidate) || distance(candidate, id) <= 2);
  return close ? ` (did you mean "${close}"?)` : "";
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/config/settings.ts
import path3 from "node:path";

// src/engine/presets.ts
function presetSettings(presets, rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const severity = presets.includes("strict") && rule.meta.defaultSeverity === "note" ? "warning" : rule.meta.defaultSeverity;
    settings.set(rule.meta.id, { severity: presets.length > 0 ? severity : "off" });
  }
  return settings;
}

// src/config/settings.ts
function resolveSettings(config, rules, inputPath, cwd) {
  const relativePath = configRelative(config.baseDir, path3.resolve(cwd, inputPath));
  const settings = presetSettings(config.extends, rules);
  apply(settings, config.rules);
  const matched = [];
  let { tenantDomain, mappings } = config;
  config.overrides.forEach((override, index) => {
    if (!fileMatcher(override.files)(relativePath)) return;
    matched.push(index);
    apply(settings, override.rules);
    tenantDomain = override.tenantDomain ?? tenantDomain;
    if (override.mappings) mappings = { ...mappings, ...override.mappings };
  });
  return {
    relativePath,
    rules: settings,
    overrides: matched,
    ...tenantDomain !== void 0 ? { tenantDomain } : {},
    ...mappings !== void 0 ? { mappings } : {}
  };
}
function configWideSettings(config, rules) {
  const settings = presetSettings(config.extends, rules);
  apply(settings, config.rules);
  return settings;
}
function apply(settings, changes) {
  for (const [id, change] of changes) {
    const before = settings.get(id);
    const options = change.options ?? before?.options;
    settings.set(id, { severity: change.severity, ...options !== void 0 ? { options } : {} });
  }
}

// src/config/configured-run.ts
async function configureRun(options) {
  const { cwd } = options;
  const file = options.noConfig ? void 0 : await findConfigFile(cwd, options.configFile);
  const config = file ? await readConfig(file, cwd) : defaultConfig(cwd);
  const reserved = new Set([...builtinRules, ...configRules].map((rule) => rule.meta.id));
  const customRules = await loadCustomRulesOf(config, options.rulesDirs ?? [], cwd, reserved);
  const lintRules = [...builtinRules, ...customRules];
  const reportRules = [...lintRules, ...configRules];
  await checkRuleReferences(config, reportRules);
  const settingsFor = (inputPath) => resolveSettings(config, reportRules, inputPath, cwd);
  return {
    config,
    lintRules,
    reportRules,
    settingsFor,
    async lint(paths, lintOptions) {
      const results = [];
      for (const inputPath of paths) {
        const resolved = settingsFor(inputPath);
        results.push(
          await lintPaths([inputPath], {
            ...lintOptions,
            cwd,
            rules: lintRules,
            settingsFor: () => resolved.rules,
            // The command line wins over the configuration.
            tenantDomain: lintOptions.tenantDomain ?? resolved.tenantDomain,
            mappings: { ...resolved.mappings, ...lintOptions.mappings }
          })
        );
      }
      const targets = results.flatMap((result) => result.targets);
      return { targets, findings: sortFindings(targets.flatMap((target) => target.findings)), errors: results.flatMap((result) => result.errors) };
    },
    async finish(result, finishOptions) {
      const notes = [];
      const configWide = configWideSettings(config, reportRules);
      const severityOf = (rule) => configWide.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
      const ignored = applyIgnores(result.targets, config, { now: finishOptions.now, cwd, severityOf });
      let targets = ignored.targets;
      if (ignored.suppressed > 0) {
        notes.push(`${plural(ignored.suppressed, "finding")} suppressed by ignore entries in ${config.document.file}.`);
      }
      if (finishOptions.updateBaseline !== void 0) {
        const { applyBaseline, createBaseline, writeBaseline } = await import("./baseline-YMAELV2N.js");
        const display = displayPath(cwd, path4.resolve(cwd, finishOptions.updateBaseline));
        if (result.errors.length > 0) {
          notes.push(`Baseline ${display} not written: some input could not be read, and a partial baseline would hide nothing it missed.`);
        } else {
          const baseline = createBaseline(targets, finishOptions.updateBaseline, cwd);
          await writeBaseline(baseline, finishOptions.updateBaseline, cwd);
          notes.push(`Wrote ${plural(baseline.findings.length, "finding")} to baseline ${display}.`);
          const applied = applyBaseline(targets, baseline, finishOptions.updateBaseline, cwd);
          targets = applied.targets;
        }
      }
      if (finishOptions.baseline !== void 0) {
        const { applyBaseline, readBaseline } = await import("./baseline-YMAELV2N.js");
        const applied = applyBaseline(targets, await readBaseline(finishOptions.baseline, cwd), finishOptions.baseline, cwd);
        targets = applied.targets;
        if (applied.matched > 0) notes.push(`${plural(applied.matched, "finding")} matched the baseline and ${applied.matched === 1 ? "is" : "are"} not shown.`);
        if (applied.stale > 0) {
          notes.push(`${plural(applied.stale, "baseline entry", "baseline entries")} no longer match a finding (fixed); --update-baseline ${finishOptions.baseline} removes them.`);
        }
      }
      const findings = sortFindings([...targets.flatMap((target) => target.findings), ...ignored.findings]);
      return { result: { targets, findings, errors: result.errors }, notes };
    }
  };
}
async function loadCustomRulesOf(config, rulesDirs, cwd, reserved) {
  if (rulesDirs.length === 0 && config.customRules.length === 0) return [];
  const { loadCustomRules, rulesDirSources } = await import("./load-rule-files-2WIHLFVA.js");
  const sources = rulesDirSources(rulesDirs, cwd);
  if (config.customRules.length > 0) {
    sources.push({ globs: config.customRules, baseDir: config.baseDir, ...config.document ? { namedAt: { document: config.document, pointer: "/customRules" } } : {} });
  }
  return loadCustomRules(sources, cwd, reserved);
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}

// src/report/sarif.ts
import { gzipSync } from "node:zlib";

// src/report/by-target.ts
function groupByTarget(findings, targets) {
  const groups = targets.map((target) => ({ target, findings: [] }));
  const byObject = /* @__PURE__ */ new Map();
  const byIdentity = /* @__PURE__ */ new Map();
  groups.forEach((group) => {
    for (const finding of group.target.findings) {
      byObject.set(finding, group);
      if (!byIdentity.has(identity(finding))) byIdentity.set(identity(finding), group);
    }
  });
  let rest;
  for (const finding of findings) {
    const group = byObject.get(finding) ?? byIdentity.get(identity(finding));
    if (group) group.findings.push(finding);
    else (rest ??= { findings: [] }).findings.push(finding);
  }
  return rest ? [...groups, rest] : groups;
}
function identity(finding) {
  return [finding.ruleId, finding.fingerprint, finding.location?.file ?? finding.endpoint ?? ""].join("\0");
}

// src/report/most-severe-first.ts
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function mostSevereFirst(items) {
  return [...items].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
function plural2(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/links.ts
function ruleLink(ruleId, rule) {
  const url = rule ? ruleDocsUrl(rule.meta) : docsUrl(encodeURIComponent(ruleId));
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : void 0;
  } catch {
    return void 0;
  }
}

// src/report/rule-docs.ts
function sectionParagraph(docs, heading) {
  const lines = docs.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start === -1) return void 0;
  const paragraph = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line) || line.startsWith("```")) break;
    if (line.trim() === "") {
      if (paragraph.length > 0) break;
      continue;
    }
    if (paragraph.length > 0 && /^\s*([-*+]|\d+[.)])\s/.test(line)) paragraph.push("\n");
    else if (paragraph.length > 0) paragraph.push(" ");
    paragraph.push(line.trim());
  }
  return paragraph.length > 0 ? paragraph.join("") : void 0;
}
function ruleRationale(rule) {
  return sectionParagraph(rule.meta.docs, "Why") ?? sectionParagraph(rule.meta.docs, "What it checks") ?? rule.meta.description;
}
function markdownToText(markdown) {
  return markdown.split(/\r?\n/).filter((line) => !line.startsWith("```")).map(
    (line) => line.replace(/^#{1,6}\s+/, "").replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)").replace(/(\*\*|__)(.+?)\1/g, "$2").replace(/`([^`]*)`/g, "$1").replace(/\*([^*\s][^*]*?)\*/g, "$1").replace(/(^|[^\w])_([^_\s][^_]*?)_(?![\w])/g, "$1$2")
  ).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
function clip(text2, max) {
  if (text2.length <= max) return text2;
  const cut = text2.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "");
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}\u2026`;
}

// src/report/sarif-rules.ts
var MAX_TEXT = 1024;
var MAX_TAGS = 20;
function ruleDescriptor(rule) {
  const { meta } = rule;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: clip(meta.description, MAX_TEXT) },
    fullDescription: { text: clip(markdownToText(ruleRationale(rule)), MAX_TEXT) },
    help: { text: markdownToText(meta.docs) || meta.description, markdown: meta.docs.trim() || meta.description },
    ...optionalHelpUri(ruleLink(meta.id, rule)),
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: [...new Set(meta.tags)].slice(0, MAX_TAGS),
      precision: meta.precision,
      "security-severity": securitySeverity(meta.securitySeverity, meta.defaultSeverity),
      category: meta.category
    }
  };
}
function unknownRuleDescriptor(ruleId, severity) {
  const text2 = `a0lint check ${ruleId}.`;
  return {
    id: ruleId,
    name: pascalCase(ruleId),
    shortDescription: { text: text2 },
    fullDescription: { text: text2 },
    help: { text: `See the a0lint documentation for ${ruleId}.` },
    ...optionalHelpUri(ruleLink(ruleId, void 0)),
    defaultConfiguration: { level: severity },
    properties: { tags: [], precision: "high", "security-severity": securitySeverity(void 0, severity) }
  };
}
var BY_SEVERITY = { error: 7, warning: 5, note: 2 };
function securitySeverity(value, severity) {
  const usable = typeof value === "number" && Number.isFinite(value) && value > 0 && value <= 10;
  const rounded = usable ? Math.min(10, Math.max(0.1, Math.round(value * 10) / 10)) : BY_SEVERITY[severity];
  return rounded.toFixed(1);
}
function optionalHelpUri(url) {
  return url === void 0 ? {} : { helpUri: url };
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}

// src/report/sarif.ts
var GITHUB_SARIF_LIMITS = { resultsPerRun: 25e3, gzippedBytes: 1e7 };
var MAX_SARIF_RUNS = 20;
function tooManySarifRuns(inputs) {
  if (inputs <= MAX_SARIF_RUNS) return void 0;
  return `SARIF holds one run per input, and GitHub code scanning accepts at most ${MAX_SARIF_RUNS} runs in one file; this run has ${inputs} inputs: lint them in groups of at most ${MAX_SARIF_RUNS}, one SARIF file each`;
}
var FINGERPRINT_KEY = "a0lint/v1";
var SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var formatSarif = (input) => serialize(buildSarifLog(input));
function buildSarifLog(input, limits = GITHUB_SARIF_LIMITS) {
  const descriptors = new Descriptors(input);
  const groups = groupByTarget(input.findings, input.targets);
  if (groups.length === 0) groups.push({ findings: [] });
  const categories = /* @__PURE__ */ new Set();
  const runs = groups.map((group, run) => {
    const category = uniqueCategory(categoryOf(group, input.targets.length), categories);
    const pending = { group, category, results: [], notifications: inputErrorNotices(group.target) };
    const unanchored = [];
    group.findings.forEach((finding, order) => {
      const placed = place(finding, anchorFor(input, group.target));
      if (!placed) unanchored.push(finding);
      else pending.results.push({ run, order, rank: SEVERITY_RANK[finding.severity], result: toResult(finding, placed, descriptors) });
    });
    if (unanchored.length > 0) pending.notifications.push(unanchoredNotice(unanchored));
    return pending;
  });
  let kept = runs.flatMap((run) => mostSevere(run.results).slice(0, limits.resultsPerRun));
  const assemble = () => assembleLog(input.version, runs, new Set(kept), descriptors.list);
  let log = assemble();
  for (let size = gzippedSize(log); size > limits.gzippedBytes && kept.length > 0; size = gzippedSize(log)) {
    const target = Math.floor(kept.length * (limits.gzippedBytes / size) * 0.95);
    kept = mostSevere(kept).slice(0, Math.min(target, kept.length - 1));
    log = assemble();
  }
  return log;
}
function serialize(log) {
  return `${JSON.stringify(log, null, 2)}
`;
}
function gzippedSize(log) {
  return gzipSync(serialize(log)).length;
}
function mostSevere(results) {
  return [...results].sort((a, b) => a.rank - b.rank || a.run - b.run || a.order - b.order);
}
function assembleLog(version, runs, kept, rules) {
  const driver = { name: "a0lint", version, semanticVersion: version, informationUri: HOMEPAGE, rules };
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: runs.map((run) => {
      const results = run.results.filter((result) => kept.has(result));
      const dropped = run.results.filter((result) => !kept.has(result));
      const notifications = dropped.length > 0 ? [...run.notifications, droppedNotice(run.results.length, dropped)] : run.notifications;
      return {
        tool: { driver },
        automationDetails: { id: run.category },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            // A target that could not be read completely must not look like a clean analysis.
            executionSuccessful: (run.group.target?.errors.length ?? 0) === 0,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        results: results.map((result) => result.result),
        ...run.group.target ? { properties: { target: run.group.target.path } } : {}
      };
    })
  };
}
var Descriptors = class {
  list = [];
  index = /* @__PURE__ */ new Map();
  constructor(input) {
    for (const rule of input.rules) if (!this.index.has(rule.meta.id)) this.add(ruleDescriptor(rule));
  }
  indexOf(finding) {
    return this.index.get(finding.ruleId) ?? this.add(unknownRuleDescriptor(finding.ruleId, finding.severity));
  }
  add(descriptor) {
    this.index.set(descriptor.id, this.list.length);
    return this.list.push(descriptor) - 1;
  }
};
function place(finding, anchor) {
  const { location } = finding;
  if (location) {
    const { file, startLine, startColumn, endLine, endColumn } = location;
    return { location: { artifactLocation: { uri: fileUri(file) }, region: { startLine, startColumn, endLine, endColumn } } };
  }
  if (!anchor) return void 0;
  return { location: { artifactLocation: { uri: fileUri(anchor) }, region: { startLine: 1 } }, anchoredTo: anchor };
}
function toResult(finding, placed, descriptors) {
  const from = finding.endpoint ? `live tenant data (${finding.endpoint})` : "data that has no file";
  const text2 = placed.anchoredTo ? `${finding.message} Found in ${from}; the result is anchored to ${placed.anchoredTo}, line 1, because code scanning needs a file.` : finding.message;
  return {
    ruleId: finding.ruleId,
    ruleIndex: descriptors.indexOf(finding),
    level: finding.severity,
    message: { text: text2 },
    locations: [{ physicalLocation: placed.location }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      ...finding.entity ? { entity: finding.entity } : {},
      path: finding.path,
      ...finding.endpoint ? { endpoint: finding.endpoint } : {}
    }
  };
}
function anchorFor(input, target) {
  const { anchorFile } = input;
  if (typeof anchorFile === "string") return anchorFile || void 0;
  return target && anchorFile ? anchorFile(target) || void 0 : void 0;
}
function fileUri(file) {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function categoryOf(group, targetCount) {
  const { target } = group;
  if (!target) return targetCount === 0 ? "a0lint/" : "a0lint/other/";
  const live = target.tenant?.domainSource === "live" && target.tenant.domain;
  const name = (live || target.input?.path || target.path).replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "") || ".";
  return `a0lint/${name}/`;
}
function uniqueCategory(category, seen) {
  let unique = category;
  for (let n = 2; seen.has(unique); n++) unique = `${category.slice(0, -1)}#${n}/`;
  seen.add(unique);
  return unique;
}
function inputErrorNotices(target) {
  return (target?.errors ?? []).map((error) => ({
    level: "error",
    message: { text: `Input error: ${error.format()}. The results of this run do not cover the whole tenant.` },
    descriptor: { id: "input-error" }
  }));
}
function unanchoredNotice(findings) {
  return {
    level: "warning",
    message: {
      text: `${plural2(findings.length, "finding")} from live data left out of this file: code scanning needs a file for every result and no anchor file was given. The json and markdown outputs list them.`
    },
    descriptor: { id: "unanchored-live-findings" }
  };
}
function droppedNotice(total, dropped) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const { result } of dropped) counts[result.level]++;
  const parts = ["error", "warning", "note"].filter((level) => counts[level] > 0).map((level) => plural2(counts[level], level));
  return {
    level: "warning",
    message: {
      text: `${plural2(dropped.length, "result")} of ${total} left out (${parts.join(", ")}): GitHub code scanning refuses more than ${GITHUB_SARIF_LIMITS.resultsPerRun.toLocaleString("en-US")} results per run or a file over 10 MB gzipped, so the most severe were kept. The json output lists every finding.`
    },
    descriptor: { id: "results-over-limit" }
  };
}

// src/engine/finding.ts
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

// src/report/github.ts
var ANNOTATIONS_PER_STEP = { error: 10, warning: 10, notice: 10 };
var LEVEL = { error: "error", warning: "warning", note: "notice" };
function annotations(input, perStep = ANNOTATIONS_PER_STEP) {
  const candidates = [
    ...input.errors.map(
      (error) => ({
        level: "error",
        message: `${error.message} The results do not cover this input.`,
        properties: {
          title: "a0lint: input error",
          ...error.file !== void 0 ? { file: error.file } : {},
          ...error.line !== void 0 ? { startLine: error.line, endLine: error.line } : {},
          ...error.line !== void 0 && error.column !== void 0 ? { startColumn: error.column } : {}
        }
      })
    ),
    ...mostSevereFirst(input.findings).map(findingAnnotation)
  ];
  let shown = pick(candidates, perStep);
  if (shown.length === candidates.length) return shown;
  shown = pick(candidates, { ...perStep, notice: Math.max(0, perStep.notice - 1) });
  const hidden = candidates.filter((annotation) => !shown.includes(annotation));
  return [...shown, remainderNotice(hidden, input.findings)];
}
function pick(candidates, perStep) {
  const used = { error: 0, warning: 0, notice: 0 };
  return candidates.filter((annotation) => used[annotation.level]++ < perStep[annotation.level]);
}
function findingAnnotation(finding) {
  const location = finding.location;
  const where = location ? {
    file: location.file,
    startLine: location.startLine,
    endLine: location.endLine,
    // GitHub rejects columns on an annotation that spans several lines.
    ...location.startLine === location.endLine ? { startColumn: location.startColumn, endColumn: location.endColumn } : {}
  } : {};
  const subject = finding.entity ? ` (${finding.entity.kind} ${finding.entity.name ?? finding.entity.key})` : "";
  const live = !location && finding.endpoint ? ` [live data: ${finding.endpoint}]` : "";
  return { level: LEVEL[finding.severity], message: `${finding.message}${live}`, properties: { title: `${finding.ruleId}${subject}`, ...where } };
}
function remainderNotice(hidden, findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const annotation of hidden) counts[annotation.level]++;
  const parts = [plural2(counts.error, "error"), plural2(counts.warning, "warning"), plural2(counts.notice, "note")];
  const total = countBySeverity(findings);
  return {
    level: "notice",
    message: `${hidden.length} more not shown as annotations (${parts.join(", ")}); GitHub shows at most ${ANNOTATIONS_PER_STEP.error} errors, ${ANNOTATIONS_PER_STEP.warning} warnings and ${ANNOTATIONS_PER_STEP.notice} notices per step. All ${plural2(findings.length, "finding")} (${total.error} errors, ${total.warning} warnings, ${total.note} notes) are in the job summary and the SARIF file (code scanning).`,
    properties: { title: "a0lint: more findings" }
  };
}
var formatGithub = (input) => annotations(input).map(workflowCommand).join("");
function workflowCommand({ level, message, properties }) {
  const names = [
    ["file", "file"],
    ["startLine", "line"],
    ["endLine", "endLine"],
    ["startColumn", "col"],
    ["endColumn", "endColumn"],
    ["title", "title"]
  ];
  const list = names.filter(([key]) => properties[key] !== void 0).map(([key, name]) => `${name}=${escapeProperty(String(properties[key]))}`);
  return `::${level}${list.length > 0 ? ` ${list.join(",")}` : ""}::${escapeData(message)}
`;
}
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(printable(text2)).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/report/json.ts
var formatJson = ({ findings, errors }) => `${JSON.stringify(
  {
    version: 1,
    findings,
    summary: countBySeverity(findings),
    errors: errors.map((error) => ({
      message: error.message,
      ...error.file !== void 0 ? { file: error.file } : {},
      ...error.line !== void 0 ? { line: error.line, column: error.column } : {}
    }))
  },
  null,
  2
)}
`;

// src/report/junit.ts
var formatJunit = ({ findings, errors, rules }) => {
  const byRule = new Map(rules.map((rule) => [rule.meta.id, []]));
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const finding of findings) byRule.set(finding.ruleId, [...byRule.get(finding.ruleId) ?? [], finding]);
  const suites = [];
  for (const [ruleId, items] of byRule) {
    const cases = items.length === 0 ? [`    <testcase classname="${xml(ruleId)}" name="${xml(ruleId)}" time="0"/>`] : items.map((finding) => findingCase(finding, rulesById.get(ruleId)));
    suites.push(suite(ruleId, Math.max(1, items.length), items.length, 0, cases));
  }
  if (errors.length > 0) {
    const cases = errors.map(
      (error) => `    <testcase classname="input" name="${xml(error.format())}"${error.file ? ` file="${xml(error.file)}"` : ""} time="0">
      <error message="${xml(error.message)}" type="input-error">${xml(error.format())}</error>
    </testcase>`
    );
    suites.push(suite("input", errors.length, 0, errors.length, cases));
  }
  const tests = [...byRule.values()].reduce((sum, items) => sum + Math.max(1, items.length), 0) + errors.length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="a0lint" tests="${tests}" failures="${findings.length}" errors="${errors.length}" time="0">
` + suites.join("\n") + (suites.length > 0 ? "\n" : "") + "</testsuites>\n";
};
function suite(name, tests, failures, errors, cases) {
  return `  <testsuite name="${xml(name)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">
${cases.join("\n")}
  </testsuite>`;
}
function findingCase(finding, rule) {
  const { location, entity } = finding;
  const where = location ? `${location.file}:${location.startLine}:${location.startColumn}` : finding.endpoint ? `live: ${finding.endpoint}` : "";
  const subject = entity ? `${entity.kind} ${entity.name ?? entity.key}` : finding.path || finding.ruleId;
  const details = [
    `${finding.severity}: ${finding.message}`,
    where && `at ${where}`,
    entity && `entity: ${entity.kind} ${entity.key}${entity.name !== void 0 && entity.name !== entity.key ? ` (${entity.name})` : ""}`,
    finding.path && `path: ${finding.path}`,
    `rule: ${ruleLink(finding.ruleId, rule) ?? finding.ruleId}`
  ].filter(Boolean);
  return `    <testcase classname="${xml(finding.ruleId)}" name="${xml(where ? `${subject} at ${where}` : subject)}"${location ? ` file="${xml(location.file)}" line="${location.startLine}"` : ""} time="0">
      <failure message="${xml(finding.message)}" type="${finding.severity}">${xml(details.join("\n"))}</failure>
    </testcase>`;
}
function xml(value) {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

// src/report/markdown.ts
var SUMMARY_MAX_BYTES = 1024 * 1024;
var formatMarkdown = (input) => renderMarkdown(input);
function renderMarkdown(input, options = {}) {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const { findings, errors } = input;
  const counts = countBySeverity(findings);
  const head = [`## ${options.heading ?? "a0lint"}`, ""];
  if (findings.length === 0 && errors.length === 0) head.push(`No problems found in ${targetsText(input)}.`, "");
  else {
    head.push(
      `${plural2(findings.length, "finding")} in ${targetsText(input)}:`,
      "",
      "| Severity | Count |",
      "|---|---:|",
      `| \u274C Error | ${counts.error} |`,
      `| \u26A0\uFE0F Warning | ${counts.warning} |`,
      `| \u2139\uFE0F Note | ${counts.note} |`,
      ""
    );
  }
  if (errors.length > 0) {
    head.push(`**${plural2(errors.length, "input error")}: these results do not cover everything, so the run fails.**`, "");
    for (const error of errors) head.push(`- ${text(error.format())}`);
    head.push("");
  }
  const budget = new Budget(maxBytes, head.join("\n"));
  const rulesById = new Map(input.rules.map((rule) => [rule.meta.id, rule]));
  const major = findings.filter((finding) => finding.severity !== "note");
  const notes = findings.filter((finding) => finding.severity === "note");
  budget.addAll(ruleSections(major, rulesById, input.fileBaseUrl, "###"));
  if (notes.length > 0) {
    if (budget.add(`<details><summary>${plural2(notes.length, "note")}</summary>

`, 0)) {
      budget.addAll(ruleSections(notes, rulesById, input.fileBaseUrl, "####"));
      budget.close("</details>\n");
    } else budget.skip(notes.length);
  }
  return budget.finish(findings.length);
}
function* ruleSections(findings, rules, base, level) {
  const byRule = /* @__PURE__ */ new Map();
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  for (const finding of ordered) byRule.set(finding.ruleId, [...byRule.get(finding.ruleId) ?? [], finding]);
  for (const [ruleId, items] of byRule) {
    const rule = rules.get(ruleId);
    const severities = [...new Set(items.map((finding) => finding.severity))].map(severityLabel).join(", ");
    yield {
      text: `${level} ${docsLink(ruleId, rule)} \xB7 ${severities} \xB7 ${items.length}

` + (rule ? `${text(rule.meta.description)}

` : "") + "| Entity | Location | Message |\n|---|---|---|\n",
      findings: 0
    };
    for (const finding of items) yield { text: `| ${entityCell(finding)} | ${locationCell(finding, base)} | ${text(finding.message)} |
`, findings: 1 };
    yield { text: "\n", findings: 0 };
  }
}
var Budget = class _Budget {
  constructor(max, head) {
    this.max = max;
    this.parts = [`${head.trimEnd()}

`];
    this.bytes = Buffer.byteLength(this.parts[0]);
  }
  parts;
  bytes;
  listed = 0;
  skipped = 0;
  closers = [];
  /** Room kept for the closing lines and the truncation notice. */
  static RESERVE = 512;
  get left() {
    return Math.max(0, this.max - _Budget.RESERVE - this.bytes);
  }
  add(text2, findings) {
    const size = Buffer.byteLength(text2);
    if (this.skipped > 0 || size > this.left) {
      this.skipped += findings;
      return false;
    }
    this.parts.push(text2);
    this.bytes += size;
    this.listed += findings;
    return true;
  }
  addAll(blocks) {
    for (const block of blocks) this.add(block.text, block.findings);
  }
  skip(findings) {
    this.skipped += findings;
  }
  close(text2) {
    this.parts.push(text2);
    this.bytes += Buffer.byteLength(text2);
  }
  finish(total) {
    if (this.skipped > 0) {
      this.parts.push(
        `
**${this.listed} of ${plural2(total, "finding")} listed; ${this.skipped} more left out to stay under GitHub's summary size limit.** The SARIF file (code scanning) and \`--format json\` have all of them.
`
      );
    }
    return this.parts.join("");
  }
};
function docsLink(ruleId, rule) {
  const url = ruleLink(ruleId, rule);
  if (url === void 0) return text(ruleId);
  return `[${text(ruleId)}](${url.replace(/[()<>"'\\`\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`;
}
function targetsText({ targets }) {
  if (targets.length === 1) return code(targets[0].path);
  return targets.length === 0 ? "the input" : `${targets.length} targets`;
}
function severityLabel(severity) {
  return { error: "\u274C error", warning: "\u26A0\uFE0F warning", note: "\u2139\uFE0F note" }[severity];
}
function entityCell(finding) {
  if (!finding.entity) return "";
  const { kind, key, name } = finding.entity;
  return `${kind} ${code(name ?? key)}`;
}
function locationCell(finding, base) {
  const { location } = finding;
  if (!location) return finding.endpoint ? `live: ${code(finding.endpoint)}` : "";
  const label = code(`${location.file}:${location.startLine}`);
  if (!base) return label;
  const path5 = location.file.split("/").map(encodeURIComponent).join("/");
  return `[${label}](${base.replace(/\/?$/, "/")}${path5}#L${location.startLine}${location.endLine > location.startLine ? `-L${location.endLine}` : ""})`;
}
function text(value) {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "\uFFFD").replace(/\r\n?|\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\\`*_[\]|~$]/g, "\\$&").replace(/@/g, "@\u200B");
}
function code(value) {
  return `<code>${text(value)}</code>`;
}

// src/report/stylish.ts
var STYLES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 };
var formatStylish = ({ findings, errors, color }) => {
  const paint = (style, text2) => color ? `\x1B[${STYLES[style]}m${text2}\x1B[0m` : text2;
  const severityText = { error: paint("red", "error"), warning: paint("yellow", "warning"), note: paint("blue", "note") };
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = printable(finding.location?.file ?? (finding.endpoint ? `live: ${finding.endpoint}` : "(no file)"));
    groups.set(group, [...groups.get(group) ?? [], finding]);
  }
  const lines = [];
  for (const [group, items] of groups) {
    lines.push(paint("underline", group));
    const rows = items.map((finding) => [
      finding.location ? `${finding.location.startLine}:${finding.location.startColumn}` : entityLabel(finding),
      finding.severity,
      finding.message,
      finding.ruleId
    ]);
    const width = Math.max(...rows.map((row) => row[0].length));
    for (const [where, severity, message, ruleId] of rows) {
      const padding = " ".repeat(7 - severity.length);
      lines.push(`  ${paint("dim", where.padEnd(width))}  ${severityText[severity]}${padding}  ${message}  ${paint("dim", ruleId)}`);
    }
    lines.push("");
  }
  const counts = countBySeverity(findings);
  const total = findings.length;
  if (total > 0) {
    const summary = `${total} problem${total === 1 ? "" : "s"} (${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.note} note${counts.note === 1 ? "" : "s"})`;
    lines.push(paint("bold", paint(counts.error > 0 ? "red" : counts.warning > 0 ? "yellow" : "blue", `\u2716 ${summary}`)));
  } else if (errors.length === 0) {
    lines.push("No problems found.");
  }
  if (errors.length > 0) {
    lines.push(paint("red", `${errors.length} input error${errors.length === 1 ? "" : "s"}: these results are incomplete (see stderr).`));
  }
  return `${lines.join("\n")}
`;
};
function entityLabel(finding) {
  return finding.entity ? `${finding.entity.kind} ${printable(finding.entity.name ?? finding.entity.key)}` : "-";
}

// src/report/formats.ts
var FORMATS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  junit: formatJunit
};

// src/cli/exit-code.ts
var FAIL_ON = ["error", "warning", "note", "none"];
var RANK = { error: 3, warning: 2, note: 1 };
function exitCode(findings, errors, failOn, maxWarnings) {
  if (errors.length > 0) return 2;
  if (failOn !== "none" && findings.some((finding) => RANK[finding.severity] >= RANK[failOn])) return 1;
  if (maxWarnings !== void 0 && findings.filter((finding) => finding.severity === "warning").length > maxWarnings) return 1;
  return 0;
}

export {
  findConfigFile,
  configureRun,
  countBySeverity,
  plural2 as plural,
  ANNOTATIONS_PER_STEP,
  annotations,
  SUMMARY_MAX_BYTES,
  renderMarkdown,
  tooManySarifRuns,
  FORMATS,
  FAIL_ON,
  exitCode
};
