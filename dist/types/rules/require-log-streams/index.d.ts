declare const _default: import("../../src/engine/rule.js").Rule<object, "none" | "inactive">;
export default _default;
