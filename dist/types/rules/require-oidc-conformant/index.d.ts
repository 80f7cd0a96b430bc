declare const _default: import("../../src/engine/rule.js").Rule<object, "legacy">;
export default _default;
