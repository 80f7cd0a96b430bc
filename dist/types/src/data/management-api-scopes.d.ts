export declare const MANAGEMENT_API_SCOPES: ReadonlySet<string>;
