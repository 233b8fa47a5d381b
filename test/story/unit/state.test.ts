/** This site's 2018 consultation, whose dates were not published (the rules: test/unit/consultation/state.test.ts). */
import { describe, expect, it } from "vitest";
import { consultationState } from "../../../src/lib/consultation/state.ts";
import { feedbackFixture } from "../../support/feedback.ts";

describe("consultationState(config, asOf)", () => {
  it("the project's own config (2018 dates not published) says so", () => {
    expect(consultationState(feedbackFixture("project"), "2018-10-20").kind).toBe("not published");
  });
});
