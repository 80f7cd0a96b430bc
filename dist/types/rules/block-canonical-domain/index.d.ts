declare const _default: import("../../src/engine/rule.js").Rule<object, "notBlocked" | "undecided">;
export default _default;
