declare const _default: import("../../src/engine/rule.js").Rule<object, "none" | "disabled">;
export default _default;
