/**
 * The types the Auth0 Management API takes for the fields a0lint reads, as its published schema states them (the
 * auth0 SDK 6.x request types, generated from it: `CreateClientRequestContent`, `CreateResourceServerRequestContent`,
 * `CreateClientGrantRequestContent`, and its enums `ClientAppTypeEnum`, `ClientTokenEndpointAuthMethodEnum`,
 * `SigningAlgorithmEnum`, `ClientGrantSubjectTypeEnum`). deploy-cli's own handler schemas are looser (`app_type` is
 * any string there, `grant_types` unchecked), so they are not the source. A test keeps the enums equal to the SDK's.
 */
export interface FieldType {
    readonly type: 'string' | 'boolean' | 'number' | 'object' | 'array';
    /** For arrays: the type of each item. */
    readonly items?: 'string' | 'object';
    readonly enum?: readonly string[];
}
/**
 * Application types of Auth0's SSO integrations (Office 365, AD RMS, Box, Salesforce, ...): services that sign users in
 * over SAML or WS-Federation, not OAuth.
 */
export declare const SSO_INTEGRATION_APP_TYPES: string[];
export declare const APP_TYPES: string[];
export declare const TOKEN_ENDPOINT_AUTH_METHODS: string[];
export declare const SIGNING_ALGORITHMS: string[];
export declare const GRANT_SUBJECT_TYPES: string[];
export declare const FIELD_TYPES: Readonly<Record<'client' | 'resourceServer' | 'clientGrant', Readonly<Record<string, FieldType>>>>;
