declare const _default: import("../../src/engine/rule.js").Rule<object, "open" | "openAclsUnknown">;
export default _default;
