declare const _default: import("../../src/engine/rule.js").Rule<object, "thirdPartyClient" | "defaultForThirdParty">;
export default _default;
