declare const _default: import("../../src/engine/rule.js").Rule<object, "missing">;
export default _default;
