import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  SUMMARY_MAX_BYTES
} from "./chunk-BO3RIFEE.js";
import {
  text
} from "./chunk-C6IFQFG3.js";
import {
  CLIENT_CREDENTIALS,
  MANAGEMENT_API_SCOPES,
  hasUserFlow,
  isPolicyFor,
  publicLabel,
  statedGrantTypes
} from "./chunk-UOSP3FOZ.js";
import {
  isUnresolved
} from "./chunk-7VWSDUZZ.js";
import {
  managementAudience,
  normalizeAudience
} from "./chunk-AWSW6I4B.js";

// src/access/labels.ts
var DENYING = /* @__PURE__ */ new Set([
  "policy-deny-all",
  "client-missing",
  "api-missing",
  "unresolved-marker",
  "public-client",
  "no-client-credentials",
  "no-user-flow",
  "machine-app-no-user-flow",
  "third-party-system-api",
  "default-grant-system-api"
]);
var SUBJECT_LABELS = {
  user: "user access",
  client: "machine-to-machine access",
  anonymous_user: "anonymous-session access"
};
var TOKENS = {
  user: "user tokens",
  client: "machine-to-machine tokens",
  anonymous_user: "anonymous-session tokens"
};
function apiTitle(api) {
  return api.apiName ?? api.api;
}
function clientTitle(entry) {
  if (entry.group) return `${entry.clientName ?? entry.client} (${entry.count ?? 0})`;
  return entry.clientName ?? entry.client;
}
function scopesText(scopes) {
  if (scopes === "all") return "all scopes";
  return scopes.length === 0 ? "no scope" : scopes.join(" ");
}
function policyText(view) {
  if (!view) return "unknown";
  if (view.policy === "unknown") return "policy unknown";
  return view.explicit ? view.policy : `${view.policy} (default)`;
}
function keyReasons(entry) {
  const texts = [];
  for (const reason of entry.reasons) if (entry.allowed ? !DENYING.has(reason.code) : DENYING.has(reason.code)) texts.push(reason.text);
  return texts;
}
function* byApi(apis, entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const group = groups.get(entry.api);
    if (group) group.push(entry);
    else groups.set(entry.api, [entry]);
  }
  for (const api of apis) yield { api, entries: groups.get(api.api) ?? [] };
}

// src/access/diff.ts
function isWidening(kind) {
  return kind === "added" || kind === "widened";
}
function diffAccess(base, head) {
  const before = indexed(base);
  const after = indexed(head);
  const changes = [];
  const matched = /* @__PURE__ */ new Set();
  for (const [key, entry] of after.byKey) {
    const other = before.byKey.get(key) ?? byName(before, after, entry);
    if (other) matched.add(keyOf(before, other));
    const change = compare(entry, other ? sideOf(other) : covered(before, after, entry), sideOf(entry));
    if (change) changes.push(change);
  }
  for (const [key, entry] of before.byKey) {
    if (matched.has(key)) continue;
    const change = compare(entry, sideOf(entry), covered(after, before, entry));
    if (change) changes.push(change);
  }
  changes.sort(byReviewOrder);
  const counts = { added: 0, removed: 0, widened: 0, narrowed: 0 };
  for (const change of changes) counts[change.kind]++;
  return { changes, counts };
}
function indexed(map) {
  const apiKeys = /* @__PURE__ */ new Map();
  for (const api of map.apis) apiKeys.set(api.api, api.managementApi ? "management-api" : normalizeAudience(api.api));
  const index = { map, byKey: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map(), groups: /* @__PURE__ */ new Map(), apiKeys };
  for (const entry of map.entries) {
    const key = keyOf(index, entry);
    const existing = index.byKey.get(key);
    index.byKey.set(key, existing ? merged(existing, entry) : entry);
    if (entry.group) index.groups.set(`${apiKey(index, entry)}\0${entry.subjectType}\0${entry.group}`, entry);
    else if (entry.clientName !== void 0) {
      const name = nameKey(index, entry);
      index.byName.set(name, index.byName.has(name) && index.byName.get(name) !== key ? null : key);
    }
  }
  return index;
}
function apiKey(index, entry) {
  return index.apiKeys.get(entry.api) ?? normalizeAudience(entry.api);
}
function keyOf(index, entry) {
  return `${apiKey(index, entry)}\0${entry.subjectType}\0${entry.group ? `*${entry.group}` : `=${entry.client}`}`;
}
function nameKey(index, entry) {
  return `${apiKey(index, entry)}\0${entry.subjectType}\0${entry.clientName ?? ""}`;
}
function byName(other, own, entry) {
  if (entry.group || entry.clientName === void 0) return void 0;
  const key = other.byName.get(nameKey(own, entry));
  return key ? other.byKey.get(key) : void 0;
}
function covered(other, own, entry) {
  if (entry.group) return void 0;
  for (const group of ["first_party", "third_party"]) {
    const groupEntry = other.groups.get(`${apiKey(own, entry)}\0${entry.subjectType}\0${group}`);
    if (groupEntry && other.map.members(group, entry.subjectType).has(entry)) return { ...sideOf(groupEntry), via: group };
  }
  return void 0;
}
function sideOf(entry) {
  return { allowed: entry.allowed, scopes: entry.scopes, ...entry.count !== void 0 ? { count: entry.count } : {}, reasons: entry.reasons };
}
function merged(a, b) {
  if (!a.allowed) return b.allowed ? b : a;
  if (!b.allowed) return a;
  return { ...a, scopes: a.scopes === "all" || b.scopes === "all" ? "all" : union(a.scopes, b.scopes) };
}
function union(a, b) {
  const seen = new Set(a);
  const result = Array.from(a);
  for (const scope of b) if (!seen.has(scope)) result.push(scope);
  return result;
}
function compare(entry, base, head) {
  const was = base?.allowed === true;
  const is = head?.allowed === true;
  if (!was && !is) return void 0;
  let kind;
  let addedScopes = [];
  let removedScopes = [];
  if (!was) {
    kind = base ? "widened" : "added";
    addedScopes = head.scopes;
  } else if (!is) {
    kind = head ? "narrowed" : "removed";
    removedScopes = base.scopes;
  } else {
    addedScopes = difference(head.scopes, base.scopes);
    removedScopes = difference(base.scopes, head.scopes);
    const more = (head.count ?? 0) - (base.count ?? 0);
    if (isEmpty(addedScopes) && isEmpty(removedScopes) && more === 0) return void 0;
    kind = !isEmpty(addedScopes) || isEmpty(removedScopes) && more > 0 ? "widened" : "narrowed";
  }
  const change = {
    kind,
    api: entry.api,
    ...entry.apiName !== void 0 ? { apiName: entry.apiName } : {},
    subjectType: entry.subjectType,
    client: entry.client,
    ...entry.clientName !== void 0 ? { clientName: entry.clientName } : {},
    ...entry.group ? { group: entry.group } : {},
    ...base ? { base } : {},
    ...head ? { head } : {},
    addedScopes,
    removedScopes
  };
  return { ...change, summary: summaryOf(change, entry) };
}
function difference(a, b) {
  if (b === "all") return [];
  if (a === "all") return "all";
  const other = new Set(b);
  return a.filter((scope) => !other.has(scope));
}
function isEmpty(scopes) {
  return scopes !== "all" && scopes.length === 0;
}
function summaryOf(change, entry) {
  const who = change.group ? capitalize(clientTitle({ ...entry, count: (change.head ?? change.base)?.count ?? 0 })) : `"${clientTitle(entry)}"`;
  const what = `${TOKENS[change.subjectType]} for "${apiTitle(change)}"`;
  const why = (side) => {
    const texts = side ? keyReasons({ ...entry, allowed: side.allowed, reasons: side.reasons }) : [];
    return texts.length > 0 ? ` (${texts[0].replace(/\.$/, "").replace(/^The /, "the ")})` : "";
  };
  switch (change.kind) {
    case "added":
      return `${who} can now get ${what} with ${scopesText(change.addedScopes)}.`;
    case "removed":
      return `${who} can no longer get ${what}.`;
    case "widened": {
      if (!change.base.allowed) return `${who} can now get ${what} with ${scopesText(change.addedScopes)}; before, it could not${why(change.base)}.`;
      const count = (change.head.count ?? 0) - (change.base.count ?? 0);
      const more = count > 0 ? `${count} more application${count === 1 ? "" : "s"}` : "";
      const scopes = isEmpty(change.addedScopes) ? "" : `more scopes: ${scopesText(change.addedScopes)}`;
      return `${who} gets ${what} with ${[scopes, more].filter(Boolean).join(", and ")}${viaText(change.base)}.`;
    }
    case "narrowed": {
      if (!change.head.allowed) return `${who} can no longer get ${what}${why(change.head)}.`;
      const count = (change.base.count ?? 0) - (change.head.count ?? 0);
      const fewer = count > 0 ? `${count} fewer application${count === 1 ? "" : "s"}` : "";
      const scopes = isEmpty(change.removedScopes) ? "" : change.removedScopes === "all" ? `fewer scopes: now only ${scopesText(change.head.scopes)}` : `fewer scopes: loses ${scopesText(change.removedScopes)}`;
      return `${who} keeps ${what} with ${[scopes, fewer].filter(Boolean).join(", and ")}${viaText(change.base)}.`;
    }
  }
}
function viaText(base) {
  if (base.via === "first_party") return " (before, every first-party application had it through allow_all)";
  if (base.via === "third_party") return " (before, through the default grant for third-party applications)";
  return "";
}
function capitalize(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
var KIND_ORDER = { added: 0, widened: 1, narrowed: 2, removed: 3 };
function byReviewOrder(a, b) {
  return (isWidening(a.kind) ? 0 : 1) - (isWidening(b.kind) ? 0 : 1) || compareText(apiTitle(a), apiTitle(b)) || compareText(a.subjectType, b.subjectType) || (a.group ? 0 : 1) - (b.group ? 0 : 1) || compareText(a.clientName ?? a.client, b.clientName ?? b.client) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/access/format/size-budget.ts
var SizeBudget = class _SizeBudget {
  constructor(max) {
    this.max = max;
  }
  parts = [];
  bytes = 0;
  listed = 0;
  skipped = 0;
  /** Room kept for the truncation notice. */
  static RESERVE = 512;
  add(text2, items = 0) {
    const size = Buffer.byteLength(text2);
    if (this.skipped > 0 || this.bytes + size > this.max - _SizeBudget.RESERVE) {
      this.skipped += items;
      return false;
    }
    this.parts.push(text2);
    this.bytes += size;
    this.listed += items;
    return true;
  }
  finish(noun, where) {
    if (this.skipped > 0)
      this.parts.push(
        `
**${this.listed} of ${this.listed + this.skipped} ${noun} listed; the rest are left out to stay under GitHub's summary size limit.** ${where}
`
      );
    return this.parts.join("");
  }
};

// src/access/format/diff-markdown.ts
var formatAccessDiffMarkdown = ({ base, head, diff, errors }) => {
  const intro = `Who can get access tokens, from ${code(base.path)} to ${code(head.path)}.`;
  const incomplete = errors.length > 0 ? `

**${errors.length} input error${errors.length === 1 ? "" : "s"}: this comparison is incomplete.**
${errors.map((error) => `- ${text(error.format())}`).join("\n")}` : "";
  if (!diff) return `## Access changes

${intro}${incomplete}

Not compared: a source could not be read.
`;
  return accessChangesMarkdown(diff, { heading: "## Access changes" }, `${intro}${incomplete}`);
};
function accessChangesMarkdown(diff, options = {}, intro = "") {
  const budget = new SizeBudget(options.maxBytes ?? SUMMARY_MAX_BYTES);
  const { added, widened, narrowed, removed } = diff.counts;
  budget.add(`${options.heading ?? "### Access changes"}

${intro ? `${intro}

` : ""}`);
  if (diff.changes.length === 0) {
    budget.add("No change in who can get tokens.\n");
    return budget.finish("changes", "");
  }
  budget.add(
    `**${added + widened} widening${added + widened === 1 ? "" : "s"}** (${added} added, ${widened} widened), ${narrowed + removed} narrowing${narrowed + removed === 1 ? "" : "s"} (${narrowed} narrowed, ${removed} removed).

`
  );
  let section;
  for (const change of diff.changes) {
    const now = isWidening(change.kind) ? "widen" : "narrow";
    if (now !== section) {
      budget.add(now === "widen" ? "#### \u26A0\uFE0F Access granted or widened\n\n" : `${section ? "\n" : ""}#### Access revoked or narrowed

`);
      section = now;
    }
    budget.add(`- **${change.kind}**: ${text(change.summary)}
`, 1);
  }
  return budget.finish("changes", "The `json` format of `a0lint access --diff` has all of them.");
}
function code(value) {
  return `<code>${text(value)}</code>`;
}

// src/io/git.ts
import { execFile } from "node:child_process";
function git(cwd, args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "core.hooksPath=/dev/null", ...args],
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 12e4 },
      (error, stdout, stderr) => resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) })
    );
  });
}

// src/access/flows.ts
function flowVerdict(subject, client) {
  if (subject === "client") return clientCredentials(client);
  if (subject === "user") return userFlow(client);
  return void 0;
}
function clientCredentials(client) {
  const name = clientLabel(client);
  if (client.publicBecause) {
    return {
      usable: false,
      reason: {
        code: "public-client",
        text: `"${name}" is public (${publicLabel(client)}): Auth0 gives the client credentials flow only to applications that authenticate.`
      }
    };
  }
  const types = statedGrantTypes(client);
  if (types === void 0) return unstated(client);
  if (!types.includes(CLIENT_CREDENTIALS)) {
    return {
      usable: false,
      reason: { code: "no-client-credentials", text: `"${name}" does not list client_credentials in grant_types, so it cannot use the flow.` }
    };
  }
  return { usable: true, reason: { code: "client-credentials", text: `"${name}" lists client_credentials in grant_types.` } };
}
function userFlow(client) {
  const name = clientLabel(client);
  const types = statedGrantTypes(client);
  if (types !== void 0 && hasUserFlow(types)) {
    const flows = types.filter((type) => type !== CLIENT_CREDENTIALS).join(", ");
    return { usable: true, reason: { code: "user-flow", text: `"${name}" signs users in (${flows}).` } };
  }
  if (client.appType === "non_interactive") {
    return {
      usable: false,
      reason: {
        code: "machine-app-no-user-flow",
        text: `"${name}" is a machine-to-machine application (app_type non_interactive) with no user flow, so it gets no user tokens.`
      }
    };
  }
  if (types !== void 0) {
    return { usable: false, reason: { code: "no-user-flow", text: `"${name}" has no flow that signs users in (grant_types: ${types.join(", ") || "none"}).` } };
  }
  return unstated(client);
}
function unstated(client) {
  const type = client.appType === void 0 ? "no app_type" : `app_type ${client.appType}`;
  return {
    usable: true,
    reason: {
      code: "grant-types-unstated",
      text: `"${clientLabel(client)}" does not state grant_types (${type}); Auth0's defaults apply, assumed to include the flow.`
    }
  };
}
function clientLabel(client) {
  return client.name ?? client.key;
}
function isThirdParty(client) {
  return client.data.is_first_party === false;
}

// src/access/compute.ts
var CURRENT_USER_SCOPES = [...MANAGEMENT_API_SCOPES].filter((scope) => scope.includes(":current_user")).sort();
function computeAccess(tenant) {
  const members = groupMembers(tenant.clients);
  const slots = /* @__PURE__ */ new Map();
  const order = [];
  const add = (owner, view) => {
    const slot = { view, entries: [], defaults: [], ownThirdParty: /* @__PURE__ */ new Map() };
    slots.set(owner, slot);
    order.push(slot);
    return slot;
  };
  for (const api of tenant.resourceServers) {
    const slot = add(api, apiView(api));
    for (const subject of Object.keys(slot.view.policies)) {
      const entry = openEntry(slot.view, subject, members);
      if (entry) slot.entries.push(entry);
    }
  }
  const managementKey = tenant.domain ? managementAudience(tenant.domain) : void 0;
  const slotOf = (grant) => {
    if (grant.api) return slots.get(grant.api);
    if (grant.audience === void 0) return void 0;
    const owner = grant.toManagementApi ? "management-api" : normalizeAudience(grant.audience);
    return slots.get(owner) ?? add(owner, missingApiView(grant, managementKey));
  };
  for (const grant of tenant.clientGrants) {
    const slot = slotOf(grant);
    const subject = grant.subjectType;
    if (!slot || !isAccessSubject(grant.subjectType)) continue;
    if (grant.clientRef === void 0 && grant.defaultFor !== void 0) {
      slot.defaults.push({ index: slot.entries.length, subject });
      slot.entries.push(defaultGrantEntry(slot.view, grant, subject));
      continue;
    }
    const entry = grantEntry(slot.view, grant, subject);
    slot.entries.push(entry);
    if (grant.client && isThirdParty(grant.client)) {
      const own = slot.ownThirdParty.get(subject) ?? /* @__PURE__ */ new Set();
      slot.ownThirdParty.set(subject, own.add(grant.client));
    }
  }
  const entries = [];
  for (const slot of order) {
    for (const { index, subject } of slot.defaults) {
      const entry = slot.entries[index];
      let covered2 = members.count("third_party", subject);
      for (const client of slot.ownThirdParty.get(subject) ?? []) if (members.of("third_party", subject).has(entryKey(client))) covered2--;
      slot.entries[index] = { ...entry, count: covered2 };
    }
    slot.entries.sort(byEntryOrder);
    for (const entry of slot.entries) entries.push(entry);
  }
  return { apis: order.map((slot) => slot.view), entries, members: members.of };
}
function isAccessSubject(value) {
  return value === "user" || value === "client" || value === "anonymous_user";
}
function apiView(api) {
  const policies = { user: viewOf(api.policy.user), client: viewOf(api.policy.client) };
  const anonymous = anonymousPolicy(api.data.subject_type_authorization);
  if (anonymous) policies.anonymous_user = anonymous;
  return {
    api: api.identifier ?? api.key,
    ...api.name !== void 0 ? { apiName: api.name } : {},
    system: api.isSystem,
    managementApi: api.isManagementApi,
    inData: true,
    policies
  };
}
function missingApiView(grant, managementKey) {
  if (grant.toManagementApi) {
    return {
      api: managementKey ?? grant.audience,
      apiName: "Auth0 Management API",
      system: true,
      managementApi: true,
      inData: false,
      // Its client policy cannot be changed; its user policy is not in an export.
      policies: { user: { policy: "unknown", explicit: false }, client: { policy: "require_client_grant", explicit: false } }
    };
  }
  return {
    api: grant.audience,
    system: false,
    managementApi: false,
    inData: false,
    policies: { user: { policy: "unknown", explicit: false }, client: { policy: "unknown", explicit: false } }
  };
}
function viewOf(policy) {
  return { policy: policy.policy ?? "unknown", explicit: policy.explicit };
}
function anonymousPolicy(value) {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, "anonymous_user")) return void 0;
  const entry = value.anonymous_user;
  const policy = typeof entry === "object" && entry !== null ? entry.policy : void 0;
  return { policy: isPolicyFor("user", policy) ? policy : "unknown", explicit: true };
}
function openEntry(view, subject, members) {
  const policy = view.policies[subject];
  if (policy.policy !== "allow_all" || subject === "client") return void 0;
  const count = members.count("first_party", subject);
  const flows = subject === "user" ? " with a flow that signs users in" : "";
  const reasons = [
    policyReason(view, subject),
    { code: "first-party", text: `${count} first-party application${count === 1 ? "" : "s"}${flows} in the data; any added later is covered too.` }
  ];
  const scopes = scopesFor(view, subject, "all", reasons);
  return {
    ...apiFields(view),
    subjectType: subject,
    client: "*",
    clientName: `every first-party application${flows}`,
    group: "first_party",
    count,
    allowed: true,
    scopes,
    reasons
  };
}
function defaultGrantEntry(view, grant, subject) {
  const policy = view.policies[subject] ?? UNKNOWN;
  const reasons = [policyReason(view, subject)];
  reasons.push({
    code: "default-grant",
    text: `A default_for ${grant.defaultFor ?? ""} grant covers every third-party application without a grant of its own for "${apiLabel(view)}".`
  });
  let allowed = policy.policy !== "deny_all";
  if (view.system) {
    allowed = false;
    reasons.push({ code: "default-grant-system-api", text: `"${apiLabel(view)}" is an Auth0 system API, which does not support default_for grants.` });
  }
  return {
    ...apiFields(view),
    subjectType: subject,
    client: "*",
    clientName: "every third-party application without its own grant",
    group: "third_party",
    count: 0,
    allowed,
    scopes: grantScopes(view, grant, subject, reasons, "the default grant"),
    reasons
  };
}
function grantEntry(view, grant, subject) {
  const policy = view.policies[subject] ?? UNKNOWN;
  const reasons = [policyReason(view, subject)];
  const client = grant.client;
  const base = {
    ...apiFields(view),
    subjectType: subject,
    client: client ? entryKey(client) : grant.clientRef ?? "",
    ...client ? client.name !== void 0 ? { clientName: client.name } : {} : {}
  };
  if (isUnresolved(grant.clientRef) || isUnresolved(grant.audience)) {
    reasons.push({
      code: "unresolved-marker",
      text: `The grant's ${isUnresolved(grant.clientRef) ? `application "${grant.clientRef ?? ""}"` : `audience "${grant.audience ?? ""}"`} is an unresolved keyword marker.`
    });
    return { ...base, allowed: false, scopes: [], reasons };
  }
  if (!client) {
    reasons.push({ code: "client-missing", text: `The grant names "${grant.clientRef ?? ""}", which is no application in the data.` });
    return { ...base, allowed: false, scopes: [], reasons };
  }
  let allowed = policy.policy !== "deny_all";
  if (!view.inData && !view.managementApi) {
    allowed = false;
    reasons.push({ code: "api-missing", text: `No API in the data has the identifier "${view.api}".` });
  }
  const thirdParty = isThirdParty(client);
  if (thirdParty && view.system) {
    allowed = false;
    reasons.push({
      code: "third-party-system-api",
      text: `"${clientLabel(client)}" is a third-party application, and "${apiLabel(view)}" is an Auth0 system API.`
    });
  }
  const flow = flowVerdict(subject, client);
  if (flow) {
    reasons.push(flow.reason);
    allowed &&= flow.usable;
  }
  if (policy.policy === "allow_all" && subject !== "client") {
    if (thirdParty)
      reasons.push({
        code: "third-party-needs-grant",
        text: `"${clientLabel(client)}" is third-party, so it needs this grant even though the policy is allow_all.`
      });
    else {
      reasons.push({
        code: "grant-not-required",
        text: `"${clientLabel(client)}" is first-party: allow_all lets it in without the grant, and Auth0 does not document the grant as a limit.`
      });
      return { ...base, allowed, scopes: scopesFor(view, subject, "all", reasons), reasons };
    }
  }
  return { ...base, allowed, scopes: allowed ? grantScopes(view, grant, subject, reasons, "the grant") : [], reasons };
}
var UNKNOWN = { policy: "unknown", explicit: false };
function grantScopes(view, grant, subject, reasons, what) {
  if (grant.allowAllScopes) {
    reasons.push({ code: "grant-all-scopes", text: `${capitalize2(what)} sets allow_all_scopes: every scope "${apiLabel(view)}" defines, now and later.` });
    return scopesFor(view, subject, "all", reasons);
  }
  const count = grant.scopes.length;
  reasons.push({ code: "grant", text: `${capitalize2(what)} lists ${count === 0 ? "no scope" : `${count} scope${count === 1 ? "" : "s"}`}.` });
  return scopesFor(view, subject, grant.scopes, reasons);
}
function scopesFor(view, subject, scopes, reasons) {
  if (!view.managementApi || subject === "client") return scopes;
  reasons.push({ code: "management-api-user-scopes", text: "User tokens for the Auth0 Management API carry at most its *:current_user* scopes." });
  return scopes === "all" ? CURRENT_USER_SCOPES : scopes.filter((scope) => scope.includes(":current_user"));
}
function policyReason(view, subject) {
  const { policy, explicit } = view.policies[subject] ?? UNKNOWN;
  const api = apiLabel(view);
  const what = `${subject} policy`;
  switch (policy) {
    case "allow_all":
      return explicit ? { code: "policy-allow-all", text: `"${api}" sets its ${what} to allow_all: every first-party application can get tokens without a grant.` } : {
        code: "policy-allow-all-default",
        text: `"${api}" does not set its ${what}, so Auth0's default allow_all applies: every first-party application can get tokens without a grant.`
      };
    case "require_client_grant":
      if (explicit)
        return { code: "policy-require-client-grant", text: `"${api}" sets its ${what} to require_client_grant: only applications with a grant get tokens.` };
      return {
        code: "policy-require-client-grant-default",
        text: view.managementApi ? `"${api}" always requires a client grant for machine-to-machine tokens.` : `"${api}" does not set its ${what}, so Auth0's default require_client_grant applies.`
      };
    case "deny_all":
      return {
        code: "policy-deny-all",
        text: explicit ? `"${api}" sets its ${what} to deny_all: no application gets ${TOKENS[subject]}, whatever its grants say.` : `"${api}" does not set its ${what}, and Auth0 activates this API with deny_all: no application gets ${TOKENS[subject]}, whatever its grants say.`
      };
    default:
      return {
        code: "policy-unknown",
        text: view.inData ? `The data does not hold a valid ${what} for "${api}" (exports drop it for system APIs); this assumes grants are honoured.` : `"${api}" is not in the data, so its ${what} is unknown; this assumes grants are honoured.`
      };
  }
}
function apiFields(view) {
  return view.apiName !== void 0 ? { api: view.api, apiName: view.apiName } : { api: view.api };
}
function apiLabel(view) {
  return view.apiName ?? view.api;
}
function capitalize2(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
function entryKey(client) {
  return client.key;
}
function groupMembers(clients) {
  const sets = /* @__PURE__ */ new Map();
  const setOf = (group, subject) => {
    const id = `${group}/${subject}`;
    let set = sets.get(id);
    if (!set) sets.set(id, set = { keys: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set() });
    return set;
  };
  for (const client of clients) {
    const group = isThirdParty(client) ? "third_party" : "first_party";
    for (const subject of ["user", "client", "anonymous_user"]) {
      if (!(flowVerdict(subject, client)?.usable ?? true)) continue;
      const set = setOf(group, subject);
      set.keys.add(entryKey(client));
      if (client.name !== void 0) set.names.add(client.name);
    }
  }
  return {
    count: (group, subject) => setOf(group, subject).keys.size,
    of: (group, subject) => {
      const set = setOf(group, subject);
      return {
        has: (client) => typeof client === "string" ? set.keys.has(client) : set.keys.has(client.client) || client.clientName !== void 0 && set.names.has(client.clientName)
      };
    }
  };
}
var SUBJECT_ORDER = { user: 0, client: 1, anonymous_user: 2 };
function byEntryOrder(a, b) {
  return SUBJECT_ORDER[a.subjectType] - SUBJECT_ORDER[b.subjectType] || (a.group ? 0 : 1) - (b.group ? 0 : 1) || compare2(a.clientName ?? a.client, b.clientName ?? b.client) || compare2(a.client, b.client);
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  SUBJECT_LABELS,
  apiTitle,
  clientTitle,
  scopesText,
  policyText,
  keyReasons,
  byApi,
  isWidening,
  diffAccess,
  SizeBudget,
  formatAccessDiffMarkdown,
  accessChangesMarkdown,
  git,
  computeAccess
};
