declare const _default: import("../../src/engine/rule.js").Rule<object, "unknown">;
export default _default;
