declare const _default: import("../../src/engine/rule.js").Rule<object, "duplicate">;
export default _default;
