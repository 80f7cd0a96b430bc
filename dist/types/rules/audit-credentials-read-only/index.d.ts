declare const _default: import("../../src/engine/rule.js").Rule<object, "write" | "secrets">;
export default _default;
