declare const _default: import("../../src/engine/rule.js").Rule<object, "none" | "notReady" | "weakTls">;
export default _default;
