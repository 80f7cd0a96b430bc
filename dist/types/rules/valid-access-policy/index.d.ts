type MessageIds = 'notObject' | 'unknownSubject' | 'missingPolicy' | 'invalidPolicy' | 'clientAllowAll';
declare const _default: import("../../src/engine/rule.js").Rule<object, MessageIds>;
export default _default;
