declare const _default: import("../../src/engine/rule.js").Rule<object, "allowAll" | "absent" | "selfServiceAllowAll">;
export default _default;
