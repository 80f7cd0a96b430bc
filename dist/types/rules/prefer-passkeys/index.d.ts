declare const _default: import("../../src/engine/rule.js").Rule<object, "passwordOnly">;
export default _default;
