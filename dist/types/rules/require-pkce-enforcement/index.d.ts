declare const _default: import("../../src/engine/rule.js").Rule<object, "notEnforced">;
export default _default;
