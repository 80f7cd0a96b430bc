declare const _default: import("../../src/engine/rule.js").Rule<object, "allowAll">;
export default _default;
