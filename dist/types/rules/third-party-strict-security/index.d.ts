declare const _default: import("../../src/engine/rule.js").Rule<object, "permissive" | "allowAlways">;
export default _default;
