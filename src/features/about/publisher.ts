import type { LocalizedText } from "../../domain/localized";

/**
 * What the publisher of this copy fills in before `npm run build` (see README, "Hosting"). A `null` is shown
 * as "[publisher fills in]" in the user's language, so an unfinished statement is plain to see.
 */
export interface Publisher {
  /** The organisation that publishes this copy: a municipality, a wellbeing services county, an association. */
  name: LocalizedText | string | null;
  /** Where accessibility feedback goes: a `mailto:` address of a shared mailbox or a web form's `https:` address. */
  feedbackContact: string | null;
  /** When the accessibility statement was made or last checked (YYYY-MM-DD). */
  statementDate: string;
  /** The supervisory authority's public guidance on notifying it (a public fact, not the publisher's choice). */
  supervisoryAuthorityUrl: string;
}

export const publisher: Publisher = {
  name: null,
  feedbackContact: null,
  statementDate: "2026-12-02",
  // Traficom has supervised digital accessibility since 1.1.2025 (HE 71/2024); its guidance lives here.
  supervisoryAuthorityUrl: "https://www.saavutettavuusvaatimukset.fi/",
};
