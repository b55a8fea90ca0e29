import { FIRST_SCREEN_SCRIPT_HASH } from "./first-screen-script.ts";

/**
 * The built app may load only its own files: the policy makes the privacy promise checkable. The one inline
 * script allowed is the first-screen script, by its hash. README's hosting section repeats it (a test checks).
 */
export const CONTENT_SECURITY_POLICY = `default-src 'self'; script-src 'self' ${FIRST_SCREEN_SCRIPT_HASH}; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'`;

/** What only a response header can add: no other site may frame the app. */
export const HEADER_ONLY_POLICY = "frame-ancestors 'none'";
