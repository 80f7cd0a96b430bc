declare const _default: import("../../src/engine/rule.js").Rule<object, "type" | "value">;
export default _default;
