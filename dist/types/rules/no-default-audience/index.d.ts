declare const _default: import("../../src/engine/rule.js").Rule<object, "set">;
export default _default;
