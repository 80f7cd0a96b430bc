declare const _default: import("../../src/engine/rule.js").Rule<object, "none" | "noneMachine">;
export default _default;
