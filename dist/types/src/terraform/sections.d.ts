import { type Building } from './convert.js';
import type { TfResource } from './to-tenant.js';
/** A section of the tenant's posture: one object (tenant settings) or a list (connections), as deploy-cli writes it. */
export type SectionParts = Building | Building[];
/**
 * The tenant's other parts from auth0_tenant, auth0_attack_protection, auth0_guardian, auth0_connection,
 * auth0_email_provider, auth0_email_template, auth0_action, auth0_log_stream, auth0_custom_domain, auth0_network_acl and auth0_pages, under deploy-cli's
 * section names and shapes (the model reads a Terraform configuration as it reads a YAML export). A section no
 * resource of the configuration sets stays absent: unknown, never taken as Auth0's defaults.
 */
export declare function postureSections(resources: readonly TfResource[]): Map<string, SectionParts>;
