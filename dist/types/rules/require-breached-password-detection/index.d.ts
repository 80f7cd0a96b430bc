declare const _default: import("../../src/engine/rule.js").Rule<object, "off">;
export default _default;
