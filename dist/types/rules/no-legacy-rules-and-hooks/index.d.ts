declare const _default: import("../../src/engine/rule.js").Rule<object, "rule" | "hook">;
export default _default;
