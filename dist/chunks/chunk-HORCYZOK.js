import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}

export {
  defineRule
};
