declare const _default: import("../../src/engine/rule.js").Rule<object, "off" | "noBlock">;
export default _default;
