declare const _default: import("../../src/engine/rule.js").Rule<object, "notRequired">;
export default _default;
