/**
 * The receiving body of a referral. The Woo desk records a referral as a contact whose summary
 * starts "Doorverwezen naar <body> (<TOOI code>)" (renderer/src/features/woo/repository.ts); that
 * sentence is the only place the body is kept, so indicators and the purge read it from there.
 */
const WITH_CODE = /^Doorverwezen naar (.+?) \(([^()]*)\)/;
const WITHOUT_CODE = /^Doorverwezen naar (.+?)\.?$/;

export function referralBody(summary: string): string | undefined {
  const text = summary.trim();
  const match = WITH_CODE.exec(text) ?? (text.includes('\n') ? null : WITHOUT_CODE.exec(text));
  return match?.[1]?.trim() || undefined;
}

/** The part of a referral summary that names the body (and its code) and nothing the visitor said. */
export function referralSentence(summary: string): string | undefined {
  const match = WITH_CODE.exec(summary.trim());
  if (match) return `${match[0]}.`;
  const body = referralBody(summary);
  return body ? `Doorverwezen naar ${body}.` : undefined;
}
