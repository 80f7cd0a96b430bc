declare const _default: import("../../src/engine/rule.js").Rule<object, "implicit">;
export default _default;
