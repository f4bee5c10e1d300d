package org.socialgov.policy.demo;

import java.time.LocalDate;
import java.util.List;

import org.socialgov.policy.api.Guideline;
import org.socialgov.policy.api.GuidelineCategory;
import org.socialgov.policy.api.PolicyContent;

/**
 * The example company's policy (DOMAIN.md, section 2) in our own words: three purposes and seven rules, enacted on
 * 2012-07-25. Loaded by the local suite's demo switch and used by tests.
 */
public final class ExamplePolicy {

    public static final String TENANT = "example";
    public static final String TITLE = "Social media policy";
    public static final LocalDate ENACTED_ON = LocalDate.of(2012, 7, 25);
    public static final int REVIEW_INTERVAL_MONTHS = 12;

    public static final List<Guideline> GUIDELINES = List.of(
        new Guideline(1, "Your account speaks for us too", "Even a personal account reflects on the company: "
            + "readers take your posts as a member of our staff speaking, and anonymity rarely lasts.",
            GuidelineCategory.AWARENESS, false),
        new Guideline(2, "Keep clients' secrets", "Never post a customer's or partner's confidential information, or "
            + "anything from which it could be worked out; mind location data; ask before naming a customer at all.",
            GuidelineCategory.CLIENT_CONFIDENTIALITY, true),
        new Guideline(3, "Keep our secrets and others' privacy", "Never post the company's confidential "
            + "information, anything that harms the company, or personal data against our privacy policy.",
            GuidelineCategory.OWN_CONFIDENTIALITY_AND_PRIVACY, true),
        new Guideline(4, "Use common sense", "No defamation or discrimination, no picking fights or provoking, "
            + "nothing showing or encouraging illegal or unethical acts, and no private posting in working hours.",
            GuidelineCategory.CONDUCT, false),
        new Guideline(5, "Say the views are your own", "When you write about the company on a personal account, "
            + "say in the post or your profile that the views are yours, e.g. \"Posts are my own and do not "
            + "represent my employer.\"", GuidelineCategory.DISCLAIMER, false),
        new Guideline(6, "Know the medium", "Closed conversations travel, and a deleted post may live on forever.",
            GuidelineCategory.UNDERSTANDING_THE_MEDIUM, false),
        new Guideline(7, "Report, do not rebut", "If you find a significant statement about the company or its "
            + "products, positive or negative, report it to the managing department first; never deny or rebut "
            + "it on your own.", GuidelineCategory.REPORTING, false));

    public static final PolicyContent CONTENT = new PolicyContent(
        List.of("To make the company and its services known",
            "To learn from what people say what they really want",
            "To explore new ways of communicating"),
        "Not every post from our official accounts is an official statement: official statements are made on the "
            + "company website and in press releases.",
        "We answer questions asked on social media where we can, but cannot always.",
        true,
        GUIDELINES);

    private ExamplePolicy() {
    }
}
