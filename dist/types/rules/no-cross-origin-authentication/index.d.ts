declare const _default: import("../../src/engine/rule.js").Rule<object, "on">;
export default _default;
