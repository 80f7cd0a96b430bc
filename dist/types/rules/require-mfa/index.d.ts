declare const _default: import("../../src/engine/rule.js").Rule<object, "noFactor" | "neverAsks">;
export default _default;
