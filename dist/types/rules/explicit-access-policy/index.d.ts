declare const _default: import("../../src/engine/rule.js").Rule<object, "missingClient">;
export default _default;
