import { describe, expect, it } from "vitest";
import { dropBoilerplate, isBoilerplate } from "./boilerplate.js";

describe("lines that are not the story", () => {
  it.each([
    "Skip to Content",
    "Skip to main content",
    "Share on Facebook",
    "Facebook Twitter Email Print",
    "Share this article | Copy link",
    "Read more",
    "READ MORE »",
    "Continue reading",
    "Advertisement",
    "Story continues below advertisement",
    "Sign up for our free daily newsletter",
    "We use cookies to improve your experience.",
    "By continuing you accept our cookies and privacy policy.",
    "Accept all cookies",
    "Photo: Lena Brack for the Harbour Gazette",
    "(Photo by Ivo Tesk/Getty Images)",
    "© 2026 Harbour Media Group",
    "Harbour Gazette. All rights reserved.",
    "Belo 12°C",
    "Back to top",
    "4 min read",
  ])("drops: %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Keld said the talks would resume in Geneva on Monday.",
    "Read the full text of the declaration, the envoy urged reporters, before judging it.",
    "The minister will share the draft with parliament on Friday.",
    "Print runs of the newspaper fell by half during the siege.",
    "Copyright disputes over the anthem were settled in 2019, the court said.",
    "Temperatures fell to -12°C in the trenches overnight, officials said.",
    "The offer stands.",
  ])("keeps: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("drops the lines and keeps the paragraphs of the story", () => {
    const page = [
      "Skip to Content",
      "Envoys meet again in Geneva",
      "",
      "Share on Facebook",
      "The talks resumed on Monday, officials said.",
      "",
      "Advertisement",
      "",
      "Both sides called the session useful.",
      "Read more",
    ].join("\n");
    expect(dropBoilerplate(page)).toBe(
      "Envoys meet again in Geneva\n\nThe talks resumed on Monday, officials said.\n\nBoth sides called the session useful.",
    );
  });
});
