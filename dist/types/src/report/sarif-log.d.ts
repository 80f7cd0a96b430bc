/** The part of SARIF 2.1.0 a0lint writes (names as in the spec; GitHub code scanning reads this subset). */
export type SarifLevel = 'error' | 'warning' | 'note';
export interface SarifText {
    readonly text: string;
    readonly markdown?: string;
}
export interface SarifReportingDescriptor {
    readonly id: string;
    readonly name: string;
    readonly shortDescription: SarifText;
    readonly fullDescription: SarifText;
    readonly help: SarifText;
    /** Absent when a custom rule names no usable http(s) link. */
    readonly helpUri?: string;
    readonly defaultConfiguration: {
        readonly level: SarifLevel;
    };
    /** The rule's messages by message id, with `{n}` placeholders; results name theirs in `message.id`. */
    readonly messageStrings?: Readonly<Record<string, {
        readonly text: string;
    }>>;
    readonly properties: {
        readonly tags: readonly string[];
        readonly precision: string;
        readonly 'security-severity': string;
        readonly category?: string;
    };
}
export interface SarifPhysicalLocation {
    readonly artifactLocation: {
        readonly uri: string;
    };
    readonly region: {
        readonly startLine: number;
        readonly startColumn?: number;
        readonly endLine?: number;
        readonly endColumn?: number;
    };
}
export interface SarifResult {
    readonly ruleId: string;
    readonly ruleIndex: number;
    readonly level: SarifLevel;
    readonly message: SarifResultMessage;
    readonly locations: ReadonlyArray<{
        readonly physicalLocation: SarifPhysicalLocation;
    }>;
    readonly partialFingerprints: Readonly<Record<string, string>>;
    readonly properties: Readonly<Record<string, unknown>>;
}
/**
 * A result's message: always the text (code scanning shows it and reads nothing else); with the rule's message id
 * and the arguments of its placeholders where the text is that message filled in.
 */
export interface SarifResultMessage {
    readonly text: string;
    readonly id?: string;
    readonly arguments?: readonly string[];
}
export interface SarifNotification {
    readonly level: SarifLevel;
    readonly message: {
        readonly text: string;
    };
    readonly descriptor: {
        readonly id: string;
    };
}
export interface SarifRun {
    readonly tool: {
        readonly driver: {
            readonly name: string;
            readonly version: string;
            readonly semanticVersion: string;
            readonly informationUri: string;
            readonly rules: readonly SarifReportingDescriptor[];
        };
    };
    readonly automationDetails: {
        readonly id: string;
    };
    readonly columnKind: 'utf16CodeUnits';
    readonly invocations: ReadonlyArray<{
        readonly executionSuccessful: boolean;
        readonly toolExecutionNotifications?: readonly SarifNotification[];
    }>;
    readonly results: readonly SarifResult[];
    readonly properties?: Readonly<Record<string, unknown>>;
}
export interface SarifLog {
    readonly $schema: string;
    readonly version: '2.1.0';
    readonly runs: readonly SarifRun[];
}
