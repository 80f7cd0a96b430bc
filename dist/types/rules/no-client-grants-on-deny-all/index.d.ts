declare const _default: import("../../src/engine/rule.js").Rule<object, "deadGrant">;
export default _default;
