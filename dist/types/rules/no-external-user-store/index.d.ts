declare const _default: import("../../src/engine/rule.js").Rule<object, "external">;
export default _default;
