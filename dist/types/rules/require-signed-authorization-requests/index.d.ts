declare const _default: import("../../src/engine/rule.js").Rule<object, "notRequired" | "noCredentials">;
export default _default;
