/** `1 finding`, `2 findings`; irregular plurals are passed in. */
export declare function plural(count: number, noun: string, nouns?: string): string;
