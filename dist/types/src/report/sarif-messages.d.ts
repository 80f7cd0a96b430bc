/**
 * A rule message as SARIF's message strings hold it (SARIF 2.1.0 §3.11.5, §3.49.11): each `{{name}}` placeholder
 * becomes `{n}`, numbered by first appearance, and literal braces are doubled.
 */
export interface SarifTemplate {
    readonly messageString: string;
    /** The literal text around the placeholders: one more piece than there are placeholders. */
    readonly literals: readonly string[];
    /** The argument index of each placeholder, in order (a name used twice has one index). */
    readonly slots: readonly number[];
    readonly argumentCount: number;
}
export declare function sarifTemplate(template: string): SarifTemplate;
/**
 * The arguments that turn the template's message string back into `message` exactly, read off the message itself:
 * each is a piece of the message text (so an argument never holds more than the text shows, concealed values stay
 * concealed). Undefined when the message is not the template filled in (a placeholder left unfilled, a value
 * concealed across the template's own words) or a name used twice stands for two different pieces. When a value
 * holds the literal text that follows its placeholder the split is at the first occurrence; the arguments still
 * rebuild the same message.
 */
export declare function messageArguments(template: SarifTemplate, message: string): string[] | undefined;
