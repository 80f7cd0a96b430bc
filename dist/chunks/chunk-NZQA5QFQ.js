import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  text
} from "./chunk-OB34KKQO.js";
import {
  HOMEPAGE,
  coverageJson,
  coverageLines,
  errorsOf,
  findingsOf,
  inputTargets,
  noticesOf,
  plural,
  ruleDocsUrl
} from "./chunk-7F6E5GWU.js";
import {
  SEVERITY_RANK
} from "./chunk-VOT76SFD.js";
import {
  printable
} from "./chunk-IVFPU7VL.js";

// src/engine/finding.ts
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

// src/report/most-severe-first.ts
function mostSevereFirst(items) {
  return [...items].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

// src/report/github.ts
var ANNOTATIONS_PER_STEP = { error: 10, warning: 10, notice: 10 };
var LEVEL = { error: "error", warning: "warning", note: "notice" };
function annotations(input, perStep = ANNOTATIONS_PER_STEP) {
  const candidates = [
    ...input.errors.map((error) => ({
      level: "error",
      // Input error messages are clauses without a full stop: end the sentence before the next one starts.
      message: `${printable(error.message).replace(/(?<![.!?])$/, ".")} The results do not cover this input.`,
      properties: {
        title: "a0lint: input error",
        ...error.file !== void 0 ? { file: printable(error.file) } : {},
        ...error.line !== void 0 ? { startLine: error.line, endLine: error.line } : {},
        ...error.line !== void 0 && error.column !== void 0 ? { startColumn: error.column } : {}
      }
    })),
    ...mostSevereFirst(input.findings).map(findingAnnotation)
  ];
  let shown = pick(candidates, perStep);
  if (shown.length === candidates.length) return shown;
  shown = pick(candidates, { ...perStep, notice: Math.max(0, perStep.notice - 1) });
  const picked = new Set(shown);
  const hidden = candidates.filter((annotation) => !picked.has(annotation));
  return [...shown, remainderNotice(hidden, input.findings)];
}
function pick(candidates, perStep) {
  const used = { error: 0, warning: 0, notice: 0 };
  return candidates.filter((annotation) => used[annotation.level]++ < perStep[annotation.level]);
}
function findingAnnotation(finding) {
  const location = finding.location;
  const where = location ? {
    file: printable(location.file),
    startLine: location.startLine,
    endLine: location.endLine,
    // GitHub rejects columns on an annotation that spans several lines.
    ...location.startLine === location.endLine ? { startColumn: location.startColumn, endColumn: location.endColumn } : {}
  } : {};
  const subject = finding.entity ? ` (${finding.entity.kind} ${finding.entity.name ?? finding.entity.key})` : "";
  const live = !location && finding.endpoint ? ` [live data: ${finding.endpoint}]` : "";
  return {
    level: LEVEL[finding.severity],
    message: printable(`${finding.message}${live}`),
    properties: { title: printable(`${finding.ruleId}${subject}`), ...where }
  };
}
function remainderNotice(hidden, findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const annotation of hidden) counts[annotation.level]++;
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning"), plural(counts.notice, "note")];
  const total = countBySeverity(findings);
  return {
    level: "notice",
    message: `${hidden.length} more not shown as annotations (${parts.join(", ")}); GitHub shows at most ${ANNOTATIONS_PER_STEP.error} errors, ${ANNOTATIONS_PER_STEP.warning} warnings and ${ANNOTATIONS_PER_STEP.notice} notices per step. All ${plural(findings.length, "finding")} (${total.error} errors, ${total.warning} warnings, ${total.note} notes) are in the job summary and the SARIF file (code scanning).`,
    properties: { title: "a0lint: more findings" }
  };
}
var formatGithub = ({ targets }) => annotations({ findings: findingsOf(targets), errors: errorsOf(targets) }).map(workflowCommand).join("");
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

// src/report/formatter.ts
function joined(format) {
  return (input) => Array.from(format(input)).join("");
}

// src/report/partial-exports.ts
var PARTIAL_EXPORT_NOTE = "deploy-cli exports leave out the Auth0 Management API itself and the grants of the application that made the export (usually the most privileged one); a live audit (a0lint --live) reads and checks those too.";
function partialExports(targets) {
  return targets.filter(isExport).map((target) => target.path);
}
function isExport(target) {
  return target.format === "yaml" || target.format === "directory";
}

// src/report/json.ts
var jsonChunks = function* ({ targets }) {
  const findings = findingsOf(targets);
  yield '{\n  "version": 1,\n  "findings": ';
  yield* jsonArrayChunks(findings, "  ");
  const notices = noticesOf(targets);
  const notChecked2 = coverageJson(targets);
  const rest = {
    summary: { ...countBySeverity(findings), ...partialNote(targets), ...notices.length > 0 ? { notices } : {} },
    // Tenant sections the rules read that an input lacks: those rules did not run, which is not the same as clean.
    ...notChecked2.length > 0 ? { notChecked: notChecked2 } : {},
    errors: errorsOf(targets).map((error) => ({
      message: error.message,
      ...error.file !== void 0 ? { file: error.file } : {},
      ...error.line !== void 0 ? { line: error.line, column: error.column } : {}
    }))
  };
  yield `,
  ${JSON.stringify(rest, null, 2).slice(4, -2)}
}
`;
};
var formatJson = joined(jsonChunks);
function partialNote(targets) {
  const inputs = partialExports(targets);
  return inputs.length > 0 ? { partialExports: { inputs, note: PARTIAL_EXPORT_NOTE } } : {};
}
function* jsonArrayChunks(items, indent) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const inner = `${indent}  `;
  yield "[\n";
  for (let index = 0; index < items.length; index++) {
    yield `${inner}${JSON.stringify(items[index], null, 2).replace(/\n/g, `
${inner}`)}${index === items.length - 1 ? "\n" : ",\n"}`;
  }
  yield `${indent}]`;
}

// src/report/links.ts
function ruleLink(ruleId, rule) {
  const url = rule ? ruleDocsUrl(rule.meta) : ruleId.includes("/") ? void 0 : ruleDocsUrl({ id: encodeURIComponent(ruleId) });
  if (url === void 0) return void 0;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : void 0;
  } catch {
    return void 0;
  }
}

// src/report/junit.ts
var junitChunks = function* ({ targets, rules }) {
  const findings = findingsOf(targets);
  const errors = errorsOf(targets);
  const byRule = new Map(rules.map((rule) => [rule.meta.id, []]));
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const finding of findings) {
    const items = byRule.get(finding.ruleId);
    if (items) items.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  let tests = errors.length;
  for (const items of byRule.values()) tests += Math.max(1, items.length);
  yield `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="a0lint" tests="${tests}" failures="${findings.length}" errors="${errors.length}" time="0">
`;
  for (const [ruleId, items] of byRule) {
    yield suiteStart(ruleId, Math.max(1, items.length), items.length, 0);
    if (items.length === 0) yield `    <testcase classname="${xml(ruleId)}" name="${xml(ruleId)}" time="0"/>
`;
    const rule = rulesById.get(ruleId);
    for (const finding of items) yield findingCase(finding, rule);
    yield SUITE_END;
  }
  if (errors.length > 0) {
    yield suiteStart("input", errors.length, 0, errors.length);
    for (const error of errors) {
      yield `    <testcase classname="input" name="${xml(error.format())}"${error.file ? ` file="${xml(error.file)}"` : ""} time="0">
      <error message="${xml(error.message)}" type="input-error">${xml(error.format())}</error>
    </testcase>
`;
    }
    yield SUITE_END;
  }
  yield "</testsuites>\n";
};
var formatJunit = joined(junitChunks);
var SUITE_END = "  </testsuite>\n";
function suiteStart(name, tests, failures, errors) {
  return `  <testsuite name="${xml(name)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">
`;
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
    </testcase>
`;
}
var NOT_IN_XML = (
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must not pass through
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
function xml(value) {
  return value.replace(NOT_IN_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

// src/shared/message-parts.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set(["e.g.", "i.e.", "etc.", "vs.", "cf.", "incl.", "approx.", "no.", "esp."]);
var URL_START = /^(?:https?:\/\/|www\.)/i;
function splitMessage(message) {
  const end = firstSentenceEnd(message);
  if (end === -1) return { headline: message.trim(), details: "" };
  return { headline: message.slice(0, end + 1).trim(), details: message.slice(end + 1).trim() };
}
function firstSentenceEnd(message) {
  let wordStart = 0;
  for (let index = 0; index < message.length; index++) {
    const ch = message[index];
    if (ch === '"' || ch === "`") {
      const close = message.indexOf(ch, index + 1);
      if (close !== -1) index = close;
      continue;
    }
    if (/\s/.test(ch)) {
      wordStart = index + 1;
      continue;
    }
    if (index === wordStart && URL_START.test(message.slice(index, index + 8))) {
      let stop = index;
      while (stop + 1 < message.length && !/\s/.test(message[stop + 1])) stop++;
      if (message[stop] === "." && endsSentence(message, wordStart, stop) && !/^\s+[a-z]/.test(message.slice(stop + 1))) return stop;
      index = stop;
      continue;
    }
    if (ch === "." && endsSentence(message, wordStart, index)) return index;
  }
  return -1;
}
function endsSentence(message, wordStart, dot) {
  const next = message[dot + 1];
  if (next === void 0 || !/\s/.test(next)) return false;
  const word = message.slice(wordStart, dot + 1).replace(/^[("'[]+/, "");
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  const following = message.slice(dot + 1).trimStart();
  if (following === "") return false;
  if (/^v?\d+(?:\.\d+)*\.$/i.test(word) && /^[a-z]/.test(following)) return false;
  return true;
}

// src/report/markdown.ts
var SUMMARY_MAX_BYTES = 1024 * 1024;
var COMMENT_MAX_CHARS = 65536;
var formatMarkdown = (input) => renderMarkdown(input);
function renderMarkdown(input, options = {}) {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const findings = findingsOf(input.targets);
  const errors = errorsOf(input.targets);
  const counts = countBySeverity(findings);
  const head = [`## ${options.heading ?? "a0lint"}`, ""];
  if (findings.length === 0 && errors.length === 0) head.push(`No problems found in ${targetsText(input)}.`, "");
  else {
    const bySeverity = [plural(counts.error, "error"), plural(counts.warning, "warning"), plural(counts.note, "note")].join(", ");
    head.push(`${plural(findings.length, "finding")} in ${targetsText(input)}: ${bySeverity}.`, "");
  }
  for (const line of coverageLines(input.targets)) head.push(`_${text(line)}_`, "");
  if (errors.length > 0) {
    head.push(`**${plural(errors.length, "input error")}: these results do not cover everything, so the run fails.**`, "");
    for (const error of errors) head.push(`- ${text(error.format())}`);
    head.push("");
  }
  const budget = new Budget(maxBytes, head.join("\n"));
  if (findings.length > 0) {
    const rulesById = new Map(input.rules.map((rule) => [rule.meta.id, rule]));
    budget.addAll(findingRows(mostSevereFirst(findings), rulesById, input.fileBaseUrl, budget));
    budget.close("\n");
  }
  return budget.finish(findings.length);
}
function* findingRows(findings, rules, base, budget) {
  yield { text: "| Severity | Rule | Location | Entity | Finding |\n|---|---|---|---|---|\n", findings: 0 };
  for (let index = 0; index < findings.length; index++) {
    if (budget.full) {
      yield { text: "", findings: findings.length - index };
      return;
    }
    const finding = findings[index];
    const { headline, details } = splitMessage(finding.message);
    const message = `**${text(headline)}**${details === "" ? "" : ` ${text(details)}`}`;
    yield {
      text: `| ${severityLabel(finding.severity)} | ${docsLink(finding.ruleId, rules.get(finding.ruleId))} | ${locationCell(finding, base)} | ${entityCell(finding)} | ${message} |
`,
      findings: 1
    };
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
  /** True once something was left out: everything after it is left out too. */
  get full() {
    return this.skipped > 0;
  }
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
**${this.listed} of ${plural(total, "finding")} listed; ${this.skipped} more left out to stay under GitHub's summary size limit.** The SARIF file (code scanning) and \`--format json\` have all of them.
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
function targetsText(input) {
  const targets = inputTargets(input.targets);
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
  const path = location.file.split("/").map(encodeURIComponent).join("/");
  return `[${label}](${base.replace(/\/?$/, "/")}${path}#L${location.startLine}${location.endLine > location.startLine ? `-L${location.endLine}` : ""})`;
}
function code(value) {
  return `<code>${text(value)}</code>`;
}

// src/report/sarif.ts
import { gzipSync } from "node:zlib";

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
var formatSarif = (input) => sarifWithin(input, GITHUB_SARIF_LIMITS).text;
function sarifWithin(input, limits) {
  const descriptors = new Descriptors(input);
  const groups = input.targets.map((target) => ({ target, findings: target.findings }));
  if (groups.length === 0) groups.push({ findings: [] });
  const inputs = inputTargets(input.targets).length;
  const categories = /* @__PURE__ */ new Set();
  const runs = groups.map((group, run) => {
    const category = uniqueCategory(categoryOf(group, inputs), categories);
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
  let text2 = serialize(log);
  for (let size = gzippedSize(text2, limits.gzippedBytes); size > limits.gzippedBytes && kept.length > 0; size = gzippedSize(text2, limits.gzippedBytes)) {
    const target = Math.floor(kept.length * (limits.gzippedBytes / size) * 0.95);
    kept = mostSevere(kept).slice(0, Math.min(target, kept.length - 1));
    log = assemble();
    text2 = serialize(log);
  }
  return { log, text: text2 };
}
function serialize(log) {
  return `${JSON.stringify(log, null, 2)}
`;
}
function gzippedSize(text2, limit) {
  const bytes = Buffer.byteLength(text2);
  return bytes + 1024 + bytes / 1e3 <= limit ? bytes : gzipSync(text2).length;
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
        ...run.group.target?.kind === "input" ? {
          properties: {
            target: run.group.target.path,
            ...isExport(run.group.target) ? { partialExport: PARTIAL_EXPORT_NOTE } : {},
            ...notChecked(run.group.target) ? { notChecked: notChecked(run.group.target) } : {}
          }
        } : {}
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
function categoryOf(group, inputs) {
  const { target } = group;
  if (!target) return inputs === 0 ? "a0lint/" : "a0lint/other/";
  return `a0lint/${target.category}/`;
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
      text: `${plural(findings.length, "finding")} from live data left out of this file: code scanning needs a file for every result and no anchor file was given. The json and markdown outputs list them.`
    },
    descriptor: { id: "unanchored-live-findings" }
  };
}
function droppedNotice(total, dropped) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const { result } of dropped) counts[result.level]++;
  const parts = ["error", "warning", "note"].filter((level) => counts[level] > 0).map((level) => plural(counts[level], level));
  return {
    level: "warning",
    message: {
      text: `${plural(dropped.length, "result")} of ${total} left out (${parts.join(", ")}): GitHub code scanning refuses more than ${GITHUB_SARIF_LIMITS.resultsPerRun.toLocaleString("en-US")} results per run or a file over 10 MB gzipped, so the most severe were kept. The json output lists every finding.`
    },
    descriptor: { id: "results-over-limit" }
  };
}
function notChecked(target) {
  const coverage = target.coverage;
  if (!coverage || coverage.absentSections.length === 0 && coverage.unreadable.length === 0) return void 0;
  return { absentSections: coverage.absentSections, unreadable: coverage.unreadable, rulesNotRun: coverage.rulesNotRun };
}

// src/report/terminal-text.ts
var NAME_LIMITS = [48, 32, 24];
var LONG_PART = /"[^"]*"|[^\s"]+/g;
function lengthOf(text2) {
  let length = 0;
  for (const _ of text2) length++;
  return length;
}
function fitHeadline(headline, max) {
  if (lengthOf(headline) <= max) return headline;
  let shortened = headline;
  for (const limit of NAME_LIMITS) {
    shortened = headline.replace(LONG_PART, (part) => lengthOf(part) <= limit ? part : shorten(part, limit));
    if (lengthOf(shortened) <= max) return shortened;
  }
  return clipCodePoints(shortened, max);
}
function fitLabel(label, max) {
  return lengthOf(label) <= max ? label : `${Array.from(label).slice(0, max - 1).join("")}\u2026`;
}
function shorten(part, limit) {
  const quoted = part.startsWith('"') && part.endsWith('"') && part.length > 1;
  const inner = quoted ? part.slice(1, -1) : part;
  const kept = fitLabel(inner, limit - (quoted ? 2 : 0));
  return quoted ? `"${kept}"` : kept;
}
function clipCodePoints(text2, max) {
  const units = Array.from(text2).slice(0, max).join("").length;
  return clip(text2, units);
}
function wrapWords(text2, width) {
  const lines = [];
  let line = "";
  for (const word of text2.split(/\s+/).filter((part) => part !== "")) {
    const pieces = lengthOf(word) <= width ? [word] : chunks(word, width);
    for (const piece of pieces) {
      if (line === "") line = piece;
      else if (lengthOf(line) + 1 + lengthOf(piece) <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
function chunks(word, width) {
  const points = Array.from(word);
  const pieces = [];
  for (let start = 0; start < points.length; start += width) pieces.push(points.slice(start, start + width).join(""));
  return pieces;
}
function hyperlink(url, text2) {
  if (url === void 0 || !/^[\x21-\x7e]+$/.test(url)) return text2;
  return `\x1B]8;;${url}\x1B\\${text2}\x1B]8;;\x1B\\`;
}

// src/report/stylish.ts
var STYLES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 };
var MAX_LINE = 160;
var DETAILS_WIDTH = 100;
var DETAILS_INDENT = "    ";
var MAX_PLACE = 40;
var stylishChunks = function* ({ targets, rules, color, hyperlinks = false, verbose = false }) {
  const findings = findingsOf(targets);
  const errors = errorsOf(targets);
  const paint = (style, text2) => color ? `\x1B[${STYLES[style]}m${text2}\x1B[0m` : text2;
  const severityText = { error: paint("red", "error"), warning: paint("yellow", "warning"), note: paint("blue", "note") };
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const links = /* @__PURE__ */ new Map();
  const linkOf = (ruleId) => {
    if (!links.has(ruleId)) links.set(ruleId, ruleLink(ruleId, rulesById.get(ruleId)));
    return links.get(ruleId);
  };
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = printable(finding.location?.file ?? (finding.endpoint ? `live: ${finding.endpoint}` : "(no file)"));
    const items = groups.get(group);
    if (items) items.push(finding);
    else groups.set(group, [finding]);
  }
  for (const [group, items] of groups) {
    yield `${paint("underline", group)}
`;
    const places = items.map(place2);
    let width = 0;
    let ruleWidth = 0;
    for (const where of places) width = Math.max(width, lengthOf(where));
    for (const { ruleId } of items) ruleWidth = Math.max(ruleWidth, lengthOf(printable(ruleId)));
    for (let index = 0; index < items.length; index++) {
      const { severity, message, ruleId } = items[index];
      const where = places[index];
      const id = printable(ruleId);
      const { headline, details } = splitMessage(printable(message));
      const room = MAX_LINE - (2 + width + 2 + 7 + 2 + ruleWidth + 2);
      const shown = fitHeadline(headline, Math.max(room, 20));
      const idCell = `${hyperlinks ? hyperlink(linkOf(ruleId), paint("dim", id)) : paint("dim", id)}${" ".repeat(ruleWidth - lengthOf(id))}`;
      const padding = " ".repeat(7 - severity.length);
      yield `  ${paint("dim", where)}${" ".repeat(width - lengthOf(where))}  ${severityText[severity]}${padding}  ${idCell}  ${shown}
`;
      if (verbose) yield* detailLines(shown === headline ? details : `${headline} ${details}`, linkOf(ruleId), paint);
    }
    yield "\n";
  }
  const counts = countBySeverity(findings);
  const total = findings.length;
  if (total > 0) {
    const summary = `${total} problem${total === 1 ? "" : "s"} (${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.note} note${counts.note === 1 ? "" : "s"})`;
    yield `${paint("bold", paint(counts.error > 0 ? "red" : counts.warning > 0 ? "yellow" : "blue", `\u2716 ${summary}`))}
`;
  } else if (errors.length === 0) {
    yield "No problems found.\n";
  }
  if (errors.length > 0) {
    yield `${paint("red", `${errors.length} input error${errors.length === 1 ? "" : "s"}: these results are incomplete (see stderr).`)}
`;
  }
  if (partialExports(targets).length > 0) yield `${paint("dim", `Note: ${PARTIAL_EXPORT_NOTE}`)}
`;
  for (const line of coverageLines(targets)) yield `${paint("dim", printable(line))}
`;
};
var formatStylish = joined(stylishChunks);
function* detailLines(details, url, paint) {
  for (const line of wrapWords(details, DETAILS_WIDTH)) yield `${DETAILS_INDENT}${line}
`;
  if (url !== void 0) yield `${DETAILS_INDENT}${paint("dim", `Docs: ${fitLabel(url, MAX_LINE - DETAILS_INDENT.length - 6)}`)}
`;
}
function place2(finding) {
  return finding.location ? `${finding.location.startLine}:${finding.location.startColumn}` : fitLabel(entityLabel(finding), MAX_PLACE);
}
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
var FORMAT_CHUNKS = {
  stylish: stylishChunks,
  json: jsonChunks,
  sarif: (input) => [formatSarif(input)],
  github: (input) => [formatGithub(input)],
  markdown: (input) => [formatMarkdown(input)],
  junit: junitChunks
};

export {
  countBySeverity,
  mostSevereFirst,
  ANNOTATIONS_PER_STEP,
  annotations,
  splitMessage,
  SUMMARY_MAX_BYTES,
  COMMENT_MAX_CHARS,
  renderMarkdown,
  tooManySarifRuns,
  lengthOf,
  fitHeadline,
  fitLabel,
  FORMATS,
  FORMAT_CHUNKS
};
