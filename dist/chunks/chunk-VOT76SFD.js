import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/config/confine.ts
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function repositoryOf(configFile) {
  const start = path.dirname(path.resolve(configFile));
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, ".git"))) return folder;
    if (path.dirname(folder) === folder) return start;
  }
}
function realOrResolved(file) {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
function isInside(root, file) {
  const relative = path.relative(root, file);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function insideRepository(file, repository) {
  return isInside(path.resolve(repository), path.resolve(file)) && isInside(realOrResolved(repository), realOrResolved(file));
}
function outsideMessage(written, repository) {
  return `"${written}" is outside the repository (${repository}): a configuration file may only name files inside its repository, where symbolic links lead included; name other files on the command line`;
}

// src/shared/severity.ts
var SEVERITIES = ["error", "warning", "note"];
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function atLeast(severity, threshold) {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[threshold];
}

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}

export {
  SEVERITIES,
  SEVERITY_RANK,
  atLeast,
  defineRule,
  repositoryOf,
  isInside,
  insideRepository,
  outsideMessage
};
