declare const _default: import("../../src/engine/rule.js").Rule<object, "password">;
export default _default;
