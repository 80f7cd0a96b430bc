declare const _default: import("../../src/engine/rule.js").Rule<object, "promoted">;
export default _default;
