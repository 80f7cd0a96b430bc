declare const _default: import("../../src/engine/rule.js").Rule<object, "noAction" | "noChallenge">;
export default _default;
