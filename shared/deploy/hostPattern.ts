/**
 * The syntax of an external-link allow-list entry: a lower-case host name ("www.gemeente.nl") or a
 * deliberate subdomain pattern ("*.gemeente.nl", subdomains only). It lives in shared/ because
 * the managed configuration (shared/deploy/managedConfig.ts) validates IT's extra hosts with it,
 * and the desktop shell (electron/security/externalUrl.ts) matches links against the same rule.
 */

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// At least two labels, so neither "*" nor "*.nl" can be configured by accident.
const HOST_PATTERN = new RegExp(`^(?:\\*\\.)?${LABEL}(?:\\.${LABEL})+$`);

/** Whether an allow-list entry is well-formed (lower-case host name, optional leading "*."). */
export function isValidHostPattern(pattern: string): boolean {
  return HOST_PATTERN.test(pattern);
}
