declare const _default: import("../../src/engine/rule.js").Rule<object, "unescaped">;
export default _default;
