/**
 * The output tags (`{{ value | filter }}`) of a Liquid template, as Auth0 renders its custom error page with
 * LiquidJS. Only outputs and the blocks whose content Liquid does not render (`raw`, `comment`) matter here, so this
 * reads just those, quotes included, instead of loading a template engine.
 */
export interface LiquidOutput {
    /** The tag as written, `{{` to `}}`. */
    readonly text: string;
    /** The value before the first filter, trimmed. */
    readonly value: string;
    /** Filter names in order. */
    readonly filters: readonly string[];
    readonly offset: number;
}
export declare function liquidOutputs(template: string): LiquidOutput[];
