declare const _default: import("../../src/engine/rule.js").Rule<object, "management">;
export default _default;
