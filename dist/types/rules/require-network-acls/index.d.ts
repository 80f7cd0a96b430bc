declare const _default: import("../../src/engine/rule.js").Rule<object, "none" | "inactive" | "managementOpen">;
export default _default;
