/**
 * The parts of a tenant beyond APIs, applications and grants ("posture" sections), under deploy-cli's YAML keys,
 * with the name an API dump gives each (the Management API's own), the scope a live audit needs to read it, and
 * the endpoint it comes from.
 */
export declare const SECTION_NAMES: readonly ["tenant", "attackProtection", "guardianFactors", "guardianPolicies", "databases", "connections", "emailProvider", "emailTemplates", "actions", "rules", "hooks", "pages", "logStreams", "eventStreams", "customDomains", "networkACLs"];
export type SectionName = (typeof SECTION_NAMES)[number];
export interface SectionInfo {
    /** The key of an API dump (`a0lint pull`), as the Management API names the collection. */
    readonly dump: string;
    /** The read scope a live audit needs. */
    readonly scope: string;
    readonly endpoint: string;
}
export declare const SECTIONS: Readonly<Record<SectionName, SectionInfo>>;
/** The dump keys, each once, in a stable order. */
export declare const DUMP_SECTION_KEYS: readonly string[];
/** The read scopes every live audit needs: the APIs, the applications and the client grants. */
export declare const CORE_READ_SCOPES: readonly string[];
/** The read scopes of the posture sections, each once, in section order: each lets a live audit read its sections. */
export declare const POSTURE_READ_SCOPES: readonly string[];
/** Every scope a live audit uses; an audit token needs nothing else. */
export declare const AUDIT_READ_SCOPES: readonly string[];
