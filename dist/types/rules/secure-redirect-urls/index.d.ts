declare const _default: import("../../src/engine/rule.js").Rule<object>;
export default _default;
