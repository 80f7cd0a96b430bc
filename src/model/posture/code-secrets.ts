/**
 * Literal secrets in code (actions, rules, hooks, custom database scripts): credentials in formats that name
 * themselves, private keys, and string literals assigned to a name that says it holds a secret. The scan runs over
 * the text as written, comments included (a key in a comment is as leaked as one in a string).
 */

export interface CodeSecret {
  /** What was found: a format (`AWS access key`) or the name the literal is assigned to; never the value. */
  readonly what: string;
  /** The literal as written, only to locate it in the file; never printed. */
  readonly literal: string;
  /** 1-based line inside the code. */
  readonly line: number;
}

const FORMATS: ReadonlyArray<readonly [string, RegExp]> = [
  ['private key', /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g],
  ['AWS access key', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/g],
  ['Stripe live key', /\b[rs]k_live_[0-9A-Za-z]{16,}\b/g],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/g],
  ['SendGrid API key', /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g],
  ['JSON Web Token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g],
];

/** `name = "literal"`, `name: 'literal'`, `"name": "literal"`: a quoted key is allowed, the literal is one line. */
const ASSIGNMENT = /(["']?)([A-Za-z_$][\w$-]*)\1\s*(?:=|:)\s*(["'`])([^"'`\\\n]*)\3/g;
/** Names that say their value is a credential. */
const SECRET_NAME = /secret|passw(?:or)?d|pwd|api_?key|apikey|access_?key|private_?key|auth_?token|access_?token|bearer|token$/i;
/** Names that mention a secret but hold something else: where it is, what it is called, how long it is. */
const NOT_A_SECRET_NAME =
  /(?:url|uri|endpoint|type|name|field|header|length|policy|path|prefix|suffix|format|version|param|scope|audience|label|message|error|text|regex|pattern|id)$/i;
/** Values that stand for a secret without being one. */
const PLACEHOLDER =
  /^(?:your|my|example|changeme|change_me|placeholder|dummy|test|xxx|redacted|todo|none|null|undefined)|^\*+$|^<.*>$|##[A-Za-z0-9_]+##|@@[A-Za-z0-9_]+@@|^\$\{/i;

export function findCodeSecrets(code: string): CodeSecret[] {
  const found: CodeSecret[] = [];
  const seen = new Set<number>();
  const lineOf = lineCounter(code);
  for (const [what, pattern] of FORMATS) {
    for (const match of code.matchAll(pattern)) {
      seen.add(match.index);
      found.push({ what, literal: match[0], line: lineOf(match.index) });
    }
  }
  for (const match of code.matchAll(ASSIGNMENT)) {
    const [, , name, , value] = match as unknown as [string, string, string, string, string];
    const at = match.index + match[0].length - value.length - 1;
    if (!SECRET_NAME.test(name) || NOT_A_SECRET_NAME.test(name) || !looksLikeSecret(value)) continue;
    if ([...seen].some((start) => start >= at && start < at + value.length)) continue;
    found.push({ what: name, literal: value, line: lineOf(at) });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** One word of at least 8 characters, not a placeholder, a URL or an identifier-like word in lower case. */
function looksLikeSecret(value: string): boolean {
  if (value.length < 8 || /\s/.test(value) || PLACEHOLDER.test(value) || /^[a-z]+:\/\//i.test(value)) return false;
  // `reset_password`, `client-secret`: words, not credentials.
  return !/^[a-z_.-]+$/.test(value);
}

function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
