declare const _default: import("../../src/engine/rule.js").Rule<object, "entity" | "file">;
export default _default;
