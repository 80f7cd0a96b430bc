/** A number of seconds as people read it in a message: "2.5 hours", "3 days", "45 seconds". */
export declare function duration(seconds: number): string;
