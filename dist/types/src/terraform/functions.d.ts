/** Calls a function; unknown arguments, a function a0lint does not evaluate, or arguments it refuses give an Unknown. */
export declare function callFunction(name: string, args: unknown[], expression: string): unknown;
