import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  text
} from "./chunk-C6IFQFG3.js";
import {
  HOMEPAGE,
  coverageJson,
  coverageLines,
  errorsOf,
  findingsOf,
  inputTargets,
  noticesOf,
  plural,
  ruleDocsUrl,
  templateParts
} from "./chunk-UOSP3FOZ.js";
import {
  SEVERITY_RANK
} from "./chunk-VOT76SFD.js";
import {
  printable
} from "./chunk-RTYLSBLV.js";

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
  const levels = { error: 0, warning: 0, notice: 0 };
  for (const finding of input.findings) levels[LEVEL[finding.severity]]++;
  levels.error += input.errors.length;
  const all = levels.error + levels.warning + levels.notice;
  const fits = Object.keys(levels).every((level) => levels[level] <= perStep[level]);
  const room = fits ? perStep : { ...perStep, notice: Math.max(0, perStep.notice - 1) };
  const shown = {
    error: input.errors.slice(0, room.error).map(inputErrorAnnotation),
    warning: [],
    notice: []
  };
  for (const finding of input.findings) {
    const kind = shown[LEVEL[finding.severity]];
    if (kind.length < room[LEVEL[finding.severity]]) kind.push(findingAnnotation(finding));
  }
  const picked = [...shown.error, ...shown.warning, ...shown.notice];
  if (fits) return picked;
  const hidden = { error: levels.error - shown.error.length, warning: levels.warning - shown.warning.length, notice: levels.notice - shown.notice.length };
  return [...picked, remainderNotice(all - picked.length, hidden, input.findings)];
}
function inputErrorAnnotation(error) {
  return {
    level: "error",
    // Input error messages are clauses without a full stop: end the sentence before the next one starts.
    message: `${printable(error.message).replace(/(?<![.!?])$/, ".")} The results do not cover this input.`,
    properties: {
      title: "a0lint: input error",
      ...error.file !== void 0 ? { file: printable(error.file) } : {},
      ...error.line !== void 0 ? { startLine: error.line, endLine: error.line } : {},
      ...error.line !== void 0 && error.column !== void 0 ? { startColumn: error.column } : {}
    }
  };
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
function remainderNotice(hidden, counts, findings) {
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning"), plural(counts.notice, "note")];
  const total = countBySeverity(findings);
  return {
    level: "notice",
    message: `${hidden} more not shown as annotations (${parts.join(", ")}); GitHub shows at most ${ANNOTATIONS_PER_STEP.error} errors, ${ANNOTATIONS_PER_STEP.warning} warnings and ${ANNOTATIONS_PER_STEP.notice} notices per step. All ${plural(findings.length, "finding")} (${total.error} errors, ${total.warning} warnings, ${total.note} notes) are in the job summary and the SARIF file (code scanning).`,
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
var ITEMS_PER_PIECE = 256;
function* jsonArrayChunks(items, indent) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const depth = indent.length / 2;
  let cut = 0;
  for (let level = 0; level <= depth; level++) cut += 2 * level + 2;
  yield "[\n";
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const end = Math.min(start + ITEMS_PER_PIECE, items.length);
    const piece = [];
    for (let index = start; index < end; index++) piece.push(items[index]);
    let wrapped = piece;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text2 = JSON.stringify(wrapped, null, 2);
    yield `${text2.slice(cut, text2.length - cut)}${end === items.length ? "\n" : ",\n"}`;
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
var NEEDS_ESCAPE = new RegExp(`${NOT_IN_XML.source}|[&<>"'\\t\\n\\r]`);
function xml(value) {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(NOT_IN_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

// src/report/most-severe-first.ts
function mostSevereFirst(items) {
  return [...items].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

// src/shared/message-parts.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set(["e.g.", "i.e.", "etc.", "vs.", "cf.", "incl.", "approx.", "no.", "esp."]);
var URL_START = /^(?:https?:\/\/|www\.)/i;
var URL_FIRST = /* @__PURE__ */ new Set(["h", "H", "w", "W"]);
function isSpace(ch) {
  const code2 = ch.charCodeAt(0);
  if (code2 < 128) return code2 === 32 || code2 >= 9 && code2 <= 13;
  return /\s/.test(ch);
}
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
    if (isSpace(ch)) {
      wordStart = index + 1;
      continue;
    }
    if (index === wordStart && URL_FIRST.has(ch) && URL_START.test(message.slice(index, index + 8))) {
      let stop = index;
      while (stop + 1 < message.length && !isSpace(message[stop + 1])) stop++;
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

// src/report/sarif-messages.ts
var templates = /* @__PURE__ */ new Map();
function sarifTemplate(template) {
  let compiled = templates.get(template);
  if (compiled) return compiled;
  const parts = templateParts(template);
  const literals = [parts[0]];
  const slots = [];
  const indexOf = /* @__PURE__ */ new Map();
  let messageString = escapeBraces(parts[0]);
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1];
    if (!indexOf.has(name)) indexOf.set(name, indexOf.size);
    slots.push(indexOf.get(name));
    literals.push(parts[i + 2]);
    messageString += `{${indexOf.get(name)}}${escapeBraces(parts[i + 2])}`;
  }
  compiled = { messageString, literals, slots, argumentCount: indexOf.size };
  templates.set(template, compiled);
  return compiled;
}
function messageArguments(template, message) {
  const { literals, slots } = template;
  const first = literals[0];
  const last = literals.at(-1);
  if (slots.length === 0) return message === first ? [] : void 0;
  const end = message.length - last.length;
  if (!message.startsWith(first) || !message.endsWith(last) || end < first.length) return void 0;
  const values = new Array(template.argumentCount);
  let at = first.length;
  for (let i = 0; i < slots.length; i++) {
    const following = literals[i + 1];
    const stop = i === slots.length - 1 ? end : message.indexOf(following, at);
    if (stop < 0 || stop + (i === slots.length - 1 ? 0 : following.length) > end) return void 0;
    const value = message.slice(at, stop);
    const slot = slots[i];
    if (values[slot] !== void 0 && values[slot] !== value) return void 0;
    values[slot] = value;
    at = stop + following.length;
  }
  return values;
}
function escapeBraces(text2) {
  return text2.replace(/[{}]/g, (brace) => brace + brace);
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
    messageStrings: Object.fromEntries(Object.entries(meta.messages).map(([id, template]) => [id, { text: sarifTemplate(template).messageString }])),
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
var PendingResult = class {
  constructor(run, order, level, make) {
    this.run = run;
    this.order = order;
    this.level = level;
    this.make = make;
  }
  made;
  get rank() {
    return SEVERITY_RANK[this.level];
  }
  get result() {
    return this.made ??= this.make();
  }
};
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
    const anchor = anchorFor(input, group.target);
    group.findings.forEach((finding, order) => {
      if (!finding.location && !anchor) {
        unanchored.push(finding);
        return;
      }
      descriptors.indexOf(finding);
      pending.results.push(new PendingResult(run, order, finding.severity, () => toResult(finding, place(finding, anchor), descriptors)));
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
  messages = /* @__PURE__ */ new Map();
  constructor(input) {
    for (const rule of input.rules) {
      if (this.index.has(rule.meta.id)) continue;
      this.add(ruleDescriptor(rule));
      this.messages.set(rule.meta.id, rule.meta.messages);
    }
  }
  /**
   * The finding's message as SARIF's message id and arguments (§3.11.7, §3.11.11), beside the text. Left out when the
   * text is not the rule's message filled in (a result anchored elsewhere says where it was found), or holds a brace:
   * SARIF reads `{n}` in a message with arguments as a placeholder, and code scanning shows the text as written, so
   * braces cannot be escaped there.
   */
  messageOf(finding, text2) {
    const messages = this.messages.get(finding.ruleId);
    const template = messages && Object.hasOwn(messages, finding.messageId) ? messages[finding.messageId] : void 0;
    if (template === void 0 || text2 !== finding.message || /[{}]/.test(text2)) return void 0;
    const args = messageArguments(sarifTemplate(template), finding.message);
    return args && { id: finding.messageId, arguments: args };
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
  const message = descriptors.messageOf(finding, text2);
  return {
    ruleId: finding.ruleId,
    ruleIndex: descriptors.indexOf(finding),
    level: finding.severity,
    message: { text: text2, ...message },
    locations: [{ physicalLocation: placed.location }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      ...message ? {} : { messageId: finding.messageId },
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
  for (const { level } of dropped) counts[level]++;
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

// node_modules/string-width/node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/string-width/node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var nonAsciiOrControlRegex = new RegExp("[^\\u{20}-\\u{7E}]", "v");
var prependedConcatenationMarks = String.raw`\u{600}-\u{605}\u{6DD}\u{890}\u{891}\u{8E2}\u{110BD}\u{110CD}`;
var prependedConcatenationMarksRegex = new RegExp(`^[${prependedConcatenationMarks}]+`, "v");
var visibleCharacterRegex = new RegExp(String.raw`[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Enclosing_Mark}\p{Nonspacing_Mark}[\p{Format}--[${prependedConcatenationMarks}]]]`, "v");
var emojiPrefixRegex = new RegExp("^(?:\\p{RGI_Emoji}|\\p{Regional_Indicator}{1,2}|[\\d#*]\\u{FE0F})", "v");
var textPresentationEmojiRegex = new RegExp("^[\\p{Emoji_Presentation}--[\\u{10000}-\\u{10FFFF}]]\\u{FE0E}", "v");
function strayEmojiModifierCount(string, fromIndex) {
  if (fromIndex >= string.length) {
    return 0;
  }
  const modifierRegex = new RegExp("(?<![\\p{Emoji_Modifier_Base}\\u{200D}])\\p{Emoji_Modifier}", "gv");
  modifierRegex.lastIndex = fromIndex;
  let count = 0;
  while (modifierRegex.test(string)) {
    count++;
  }
  return count;
}
var emojiZwjSequenceRegex = new RegExp("\\u{200D}\\p{Extended_Pictographic}", "v");
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangul(codePoint) {
  return codePoint >= 4352 && codePoint <= 4607 || codePoint >= 43360 && codePoint <= 43388 || codePoint >= 44032 && codePoint <= 55203 || codePoint >= 55216 && codePoint <= 55238 || codePoint >= 55243 && codePoint <= 55291;
}
function visibleCodePointsWidth(visibleSegment, eastAsianWidthOptions) {
  let width = 0;
  for (const character of visibleSegment) {
    if (character === "\u200D") {
      break;
    }
    if (visibleCharacterRegex.test(character)) {
      width += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return width;
}
function clusterWidth(segment, eastAsianWidthOptions) {
  const firstCodePoint = segment.codePointAt(0);
  const marks = firstCodePoint === 69821 || firstCodePoint === 69837 || firstCodePoint >= 1536 && firstCodePoint <= 2303 ? prependedConcatenationMarksRegex.exec(segment) : void 0;
  if (marks) {
    const rest = segment.slice(marks[0].length);
    const restWidth = clusterWidth(rest, eastAsianWidthOptions);
    const visibleRest = baseVisible(rest);
    const isWideGlyph = restWidth >= 2 && (eastAsianWidth(visibleRest.codePointAt(0), eastAsianWidthOptions) === 2 || emojiPrefixRegex.test(visibleRest) || emojiZwjSequenceRegex.test(visibleRest));
    return isWideGlyph ? restWidth : [...marks[0]].length + restWidth;
  }
  const visibleSegment = baseVisible(segment);
  if (visibleSegment === void 0) {
    return 0;
  }
  if (isHangul(firstCodePoint)) {
    return eastAsianWidth(firstCodePoint, eastAsianWidthOptions) + strayEmojiModifierCount(segment, 1) * 2;
  }
  if (textPresentationEmojiRegex.test(visibleSegment)) {
    return 1;
  }
  const emoji = emojiPrefixRegex.exec(visibleSegment);
  if (emoji) {
    return 2 + strayEmojiModifierCount(visibleSegment, emoji[0].length) * 2;
  }
  const zwjSequence = emojiZwjSequenceRegex.exec(visibleSegment);
  return zwjSequence ? 2 + strayEmojiModifierCount(visibleSegment, zwjSequence.index + zwjSequence[0].length) * 2 : visibleCodePointsWidth(visibleSegment, eastAsianWidthOptions);
}
function unicodeWidth(string, ambiguousIsNarrow) {
  let width = 0;
  const firstNonAsciiIndex = string.search(nonAsciiOrControlRegex);
  if (firstNonAsciiIndex > 1) {
    width = firstNonAsciiIndex - 1;
    string = string.slice(width);
  }
  let suffixStart = string.length;
  while (suffixStart > 0) {
    const codePoint = string.codePointAt(suffixStart - 1);
    if (codePoint < 32 || codePoint > 126) {
      break;
    }
    suffixStart--;
  }
  if (suffixStart + 1 < string.length) {
    width += string.length - suffixStart - 1;
    string = string.slice(0, suffixStart + 1);
  }
  if (!new RegExp("[^\\u{20}-\\u{7E}\\u{4E00}-\\u{9FFF}\\u{AC00}-\\u{D7A3}]", "v").test(string)) {
    return width + string.length + string.replaceAll(new RegExp("[\\u{20}-\\u{7E}]", "gv"), "").length;
  }
  string = string.toWellFormed();
  string = string.replaceAll(new RegExp("(?<=[\\u{16D63}-\\u{16D6A}])[\\u{16D63}-\\u{16D6A}]+", "gv"), "");
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    if (segment.length === 1) {
      if (visibleCharacterRegex.test(segment)) {
        width += eastAsianWidth(segment.codePointAt(0), eastAsianWidthOptions);
      }
      continue;
    }
    width += clusterWidth(segment, eastAsianWidthOptions);
  }
  return width;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  return nonAsciiOrControlRegex.test(string) ? unicodeWidth(string, ambiguousIsNarrow) : string.length;
}

// src/report/terminal-text.ts
var NAME_LIMITS = [48, 32, 24];
var LONG_PART = /"[^"]*"|[^\s"]+/g;
function widthOf(text2) {
  return stringWidth(text2);
}
var segmenter2 = new Intl.Segmenter();
function* characters(text2) {
  for (const { segment } of segmenter2.segment(text2)) yield { text: segment, width: stringWidth(segment) };
}
function startWithin(text2, max) {
  let kept = "";
  let width = 0;
  for (const character of characters(text2)) {
    if (width + character.width > max) break;
    kept += character.text;
    width += character.width;
  }
  return kept;
}
function fitHeadline(headline, max) {
  if (widthOf(headline) <= max) return headline;
  let shortened = headline;
  for (const limit of NAME_LIMITS) {
    shortened = headline.replace(LONG_PART, (part) => widthOf(part) <= limit ? part : shorten(part, limit));
    if (widthOf(shortened) <= max) return shortened;
  }
  let cut = startWithin(shortened, max - 1);
  for (let space = cut.lastIndexOf(" "); space > cut.length / 2; space = cut.lastIndexOf(" ")) {
    cut = cut.slice(0, space);
    if (!cut.endsWith("\u2026")) break;
  }
  return cut.endsWith("\u2026") ? cut : `${cut}\u2026`;
}
function fitLabel(label, max) {
  return widthOf(label) <= max ? label : `${startWithin(label, max - 1)}\u2026`;
}
function shorten(part, limit) {
  const quoted = part.startsWith('"') && part.endsWith('"') && part.length > 1;
  const inner = quoted ? part.slice(1, -1) : part;
  const kept = fitLabel(inner, limit - (quoted ? 2 : 0));
  return quoted ? `"${kept}"` : kept;
}
function wrapWords(text2, width) {
  const lines = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text2.split(/\s+/).filter((part) => part !== "")) {
    const pieces = widthOf(word) <= width ? [word] : chunks(word, width);
    for (const piece of pieces) {
      const pieceWidth = widthOf(piece);
      if (line !== "" && lineWidth + 1 + pieceWidth > width) {
        lines.push(line);
        line = "";
      }
      if (line === "") {
        line = piece;
        lineWidth = pieceWidth;
      } else {
        line += ` ${piece}`;
        lineWidth += 1 + pieceWidth;
      }
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
function chunks(word, width) {
  const pieces = [];
  let piece = "";
  let pieceWidth = 0;
  for (const character of characters(word)) {
    if (piece !== "" && pieceWidth + character.width > width) {
      pieces.push(piece);
      piece = "";
      pieceWidth = 0;
    }
    piece += character.text;
    pieceWidth += character.width;
  }
  if (piece !== "") pieces.push(piece);
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
    for (const where of places) width = Math.max(width, widthOf(where));
    for (const { ruleId } of items) ruleWidth = Math.max(ruleWidth, widthOf(printable(ruleId)));
    for (let index = 0; index < items.length; index++) {
      const { severity, message, ruleId } = items[index];
      const where = places[index];
      const id = printable(ruleId);
      const { headline, details } = splitMessage(printable(message));
      const room = MAX_LINE - (2 + width + 2 + 7 + 2 + ruleWidth + 2);
      const shown = fitHeadline(headline, Math.max(room, 20));
      const idCell = `${hyperlinks ? hyperlink(linkOf(ruleId), paint("dim", id)) : paint("dim", id)}${" ".repeat(ruleWidth - widthOf(id))}`;
      const padding = " ".repeat(7 - severity.length);
      yield `  ${paint("dim", where)}${" ".repeat(width - widthOf(where))}  ${severityText[severity]}${padding}  ${idCell}  ${shown}
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
  ANNOTATIONS_PER_STEP,
  annotations,
  mostSevereFirst,
  splitMessage,
  SUMMARY_MAX_BYTES,
  COMMENT_MAX_CHARS,
  renderMarkdown,
  tooManySarifRuns,
  widthOf,
  fitHeadline,
  fitLabel,
  FORMATS,
  FORMAT_CHUNKS
};
