declare const _default: import("../../src/engine/rule.js").Rule<object, "loopback" | "plainHttp">;
export default _default;
