declare const _default: import("../../src/engine/rule.js").Rule<object, "disabled">;
export default _default;
