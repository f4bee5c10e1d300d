package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.incident.api.SocialPlatform.INSTAGRAM;
import static org.socialgov.incident.api.SocialPlatform.LINKEDIN;
import static org.socialgov.incident.api.SocialPlatform.X;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialgov.incident.api.SocialPlatform;

/** The ways impostors dress up an official handle, and the handles that must not be taken for one. */
class LookalikeHandlesTest {

    private static final OfficialAccountHandle ACME_HELP = new OfficialAccountHandle(X, "acmehelp", "@AcmeHelp");
    private static final OfficialAccountHandle ACME_SUPPORT =
        new OfficialAccountHandle(LINKEDIN, "acmesupport", "AcmeSupport");
    private static final OfficialAccountHandle AB1 = new OfficialAccountHandle(X, "ab1", "@AB1");
    private static final List<OfficialAccountHandle> OFFICIAL = List.of(ACME_HELP, ACME_SUPPORT, AB1);
    private static final Map<String, OfficialAccountHandle> BY_HANDLE = Map.of(
        "acmehelp", ACME_HELP, "acmesupport", ACME_SUPPORT, "ab1", AB1);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "X|acmehelp",
        "X|  @ACMEHELP ",
        "X|@AcmeHelp",
        "LINKEDIN|AcmeSupport",
        "X|@ab1",
    })
    void givenTheOfficialHandleInAnyCase_whenChecked_thenNoImitation(SocialPlatform platform, String author) {
        assertEquals(Optional.empty(), LookalikeHandles.imitated(platform, author, OFFICIAL));
    }

    @Test
    void givenAnOfficialHandleThatLooksLikeAnotherOfficialOne_whenChecked_thenNoImitation() {
        List<OfficialAccountHandle> both = List.of(ACME_HELP, new OfficialAccountHandle(X, "acme_help", "@Acme_Help"));
        assertEquals(Optional.empty(), LookalikeHandles.imitated(X, "@Acme_Help", both));
    }

    @ParameterizedTest(name = "{0} {1} imitates {2}")
    @CsvSource(delimiter = '|', value = {
        "X|Acme_Help|acmehelp",
        "X|acme.help|acmehelp",
        "X|AcmeHe1p|acmehelp",
        "X|AcmeHeIp|acmehelp",
        "X|@4cm3H3lp|acmehelp",
        "X|AcrneHelp|acmehelp",
        "X|acm\u00e9_help|acmehelp",
        "X|\u0391cmeHelp|acmehelp",
        "X|\u0430cm\u0435h\u0435lp|acmehelp",
        "INSTAGRAM|@acmehelp|acmehelp",
        "LINKEDIN|AcmeHelp|acmehelp",
        "X|AcmeSupport|acmesupport",
        "X|AB_1|ab1",
        "INSTAGRAM|@ab1|ab1",
    })
    void givenTheSameSkeleton_whenChecked_thenImitation(SocialPlatform platform, String author, String official) {
        assertEquals(Optional.of(BY_HANDLE.get(official)), LookalikeHandles.imitated(platform, author, OFFICIAL));
    }

    @ParameterizedTest(name = "{0} imitates {1}")
    @CsvSource(delimiter = '|', value = {
        "AcmeHelpSupport|acmehelp",
        "real_acmehelp|acmehelp",
        "acmehelp_official|acmehelp",
        "the.real.acme.support|acmesupport",
    })
    void givenTheOfficialNameWithWordsAround_whenChecked_thenImitation(String author, String official) {
        assertEquals(Optional.of(BY_HANDLE.get(official)), LookalikeHandles.imitated(X, author, OFFICIAL));
    }

    @ParameterizedTest(name = "{0} imitates {1}")
    @CsvSource(delimiter = '|', value = {
        "AcmeHlep|acmehelp",
        "AcmeeHelp|acmehelp",
        "AcmeHelq|acmehelp",
        "AcmeSuport|acmesupport",
        "akmesupprot|acmesupport",
    })
    void givenTypos_whenChecked_thenImitation(String author, String official) {
        assertEquals(Optional.of(BY_HANDLE.get(official)), LookalikeHandles.imitated(X, author, OFFICIAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"johnsmith", "acme", "akmehlep", "acmesupprt_tm", "the_real_and_only_acmehelp", "ab12",
        "ab1_fan", "xab1", "___"})
    void givenAStrangersHandle_whenChecked_thenNoImitation(String author) {
        assertEquals(Optional.empty(), LookalikeHandles.imitated(X, author, OFFICIAL));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "@", " @ "})
    void givenNoAuthorHandle_whenChecked_thenNoImitation(String author) {
        assertEquals(Optional.empty(), LookalikeHandles.imitated(X, author, OFFICIAL));
    }

    @Test
    void givenNoOfficialAccounts_whenChecked_thenNoImitation() {
        assertEquals(Optional.empty(), LookalikeHandles.imitated(X, "acme_help", List.of()));
    }

    @Test
    void givenTheSameSkeletonAndATypo_whenChecked_thenTheSameSkeletonIsCloser() {
        OfficialAccountHandle helps = new OfficialAccountHandle(X, "acmehelps", "@AcmeHelps");
        assertEquals(helps, closest(X, "acme_helps", ACME_HELP, helps));
    }

    @Test
    void givenATypoAndWordsAround_whenChecked_thenTheTypoIsCloser() {
        OfficialAccountHandle acme = new OfficialAccountHandle(X, "acme", "@Acme");
        OfficialAccountHandle shop = new OfficialAccountHandle(X, "acmeshop", "@AcmeShop");
        assertEquals(shop, closest(X, "acmeshpo", acme, shop));
    }

    @Test
    void givenWordsAroundTwoOfficialNames_whenChecked_thenTheFewerWordsAreCloser() {
        OfficialAccountHandle acme = new OfficialAccountHandle(X, "acme", "@Acme");
        assertEquals(ACME_HELP, closest(X, "acmehelpdesk", acme, ACME_HELP));
    }

    @Test
    void givenTheSameNameOnTwoPlatforms_whenChecked_thenTheAccountOnThePostsPlatformIsCloser() {
        OfficialAccountHandle instagram = new OfficialAccountHandle(INSTAGRAM, "acmehelp", "@acmehelp");
        assertEquals(instagram, closest(INSTAGRAM, "acme_help", ACME_HELP, instagram));
        assertEquals(ACME_HELP, closest(SocialPlatform.TIKTOK, "acme_help", instagram, ACME_HELP));
    }

    private static OfficialAccountHandle closest(SocialPlatform platform, String author, OfficialAccountHandle one,
                                                 OfficialAccountHandle other) {
        Optional<OfficialAccountHandle> imitated = LookalikeHandles.imitated(platform, author, List.of(one, other));
        assertEquals(imitated, LookalikeHandles.imitated(platform, author, List.of(other, one)));
        assertTrue(imitated.isPresent(), author + " imitates neither");
        return imitated.get();
    }
}
