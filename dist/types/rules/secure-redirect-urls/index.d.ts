declare const _default: import("../../src/engine/rule.js").Rule<object, "plainHttp" | "wildcardCallback">;
export default _default;
