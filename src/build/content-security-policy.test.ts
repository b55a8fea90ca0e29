// @vitest-environment node
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_POLICY } from "./content-security-policy";

const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("the content security policy", () => {
  it("is the one README's hosting section tells a host to send, with frame-ancestors added", () => {
    const header = `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_POLICY}`;
    // The policy as text and in the nginx sample.
    expect(readme.split(header).length - 1).toBe(2);
  });

  it("lets scripts come only from the app's own files and the one hashed inline script", () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
