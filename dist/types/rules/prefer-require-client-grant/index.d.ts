declare const _default: import("../../src/engine/rule.js").Rule<object, "explicit" | "defaulted">;
export default _default;
