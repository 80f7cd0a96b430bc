/**
 * The client fields a live audit asks for (`GET /api/v2/clients?fields=...&include_fields=true`): what the rules
 * read, and nothing that holds a secret. A rule that starts reading another client field adds it here.
 */
export declare const CLIENT_FIELDS: readonly string[];
/** Never kept from a response, even when the credentials could read them (read:client_keys) or a proxy adds them. */
export declare const SECRET_FIELDS: {
    readonly clients: readonly ["client_secret", "signing_keys", "encryption_key", "client_authentication_methods"];
    readonly resourceServers: readonly ["signing_secret"];
    readonly clientGrants: string[];
};
