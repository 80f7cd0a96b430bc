declare const _default: import("../../src/engine/rule.js").Rule<object, "publicApp" | "noClientCredentials" | "machineUserGrant" | "noUserFlow">;
export default _default;
