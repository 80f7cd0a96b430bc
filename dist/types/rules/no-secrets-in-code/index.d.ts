declare const _default: import("../../src/engine/rule.js").Rule<object, "secret">;
export default _default;
