declare const _default: import("../../src/engine/rule.js").Rule<object, "link">;
export default _default;
