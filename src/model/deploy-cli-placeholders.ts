/**
 * Markers deploy-cli writes into every export made without secrets and never deploys (context/defaults.js,
 * `attackProtectionDefaults`): each CAPTCHA provider's `secret` becomes `##CAPTCHA_<PROVIDER>_SECRET##`, and
 * reCAPTCHA Enterprise's `api_key` and `project_id` become `##CAPTCHA_RECAPTCHA_ENTERPRISE_API_KEY##` and
 * `##CAPTCHA_RECAPTCHA_ENTERPRISE_PROJECT_ID##`. On import deploy-cli drops every provider whose `site_key` is empty
 * and strips a field whose whole value is still a marker, keeping the tenant's value. They are not the user's
 * keywords, so they are not unresolved keywords; a marker the user wrote there (a site key, say) still is.
 */
const CAPTCHA = /^\/attackProtection\/captcha\/([a-z0-9_]+)\/(secret|api_key|project_id)$/;

export function isDeployCliPlaceholder(marker: string, documentPointer: string): boolean {
  const [, provider, field] = CAPTCHA.exec(documentPointer) ?? [];
  if (provider === undefined || field === undefined) return false;
  const written = field === 'secret' ? `##CAPTCHA_${provider.toUpperCase()}_SECRET##` : `##CAPTCHA_${provider.toUpperCase()}_${field.toUpperCase()}##`;
  return marker === written && (field === 'secret' || provider === 'recaptcha_enterprise');
}
