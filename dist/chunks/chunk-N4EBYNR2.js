import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/model/pointer.ts
function escapeSegment(segment) {
  if (typeof segment === "number") return String(segment);
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(base, ...segments) {
  let pointer = base;
  for (const segment of segments) pointer += `/${escapeSegment(segment)}`;
  return pointer;
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  const segments = pointer.slice(1).split("/");
  if (!pointer.includes("~")) return segments;
  return segments.map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export {
  joinPointer,
  parsePointer
};
