declare const _default: import("../../src/engine/rule.js").Rule<object, "monitoring" | "never">;
export default _default;
