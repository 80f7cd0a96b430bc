declare const _default: import("../../src/engine/rule.js").Rule<object, "loopback">;
export default _default;
