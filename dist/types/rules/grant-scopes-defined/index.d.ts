declare const _default: import("../../src/engine/rule.js").Rule<object, "undefinedScope" | "unknownManagementScope">;
export default _default;
