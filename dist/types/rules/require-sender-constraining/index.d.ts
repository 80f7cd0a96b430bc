declare const _default: import("../../src/engine/rule.js").Rule<object, "client" | "api">;
export default _default;
