package org.socialgov.platform.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Handles in any form, and whether an address is a post of an account. The forms of each platform are tested in
 * depth through policy-service's HandleNormalizationTest, which uses this class.
 */
class ProfileHandlesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "X|@AcmeHelp",
        "X|https://x.com/AcmeHelp",
        "X|x.com/AcmeHelp",
        "X|twitter.com/acmehelp/",
    })
    void givenAnyFormOfTheHandle_whenNormalised_thenTheSameHandle(String platform, String form) {
        assertEquals("acmehelp", ProfileHandles.normalise(platform, form));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "X|https://x.com/AcmeHelp/status/1790000000000000009",
        "X|twitter.com/acmehelp/status/1?s=20",
        "X|https://mobile.twitter.com/AcmeHelp/status/1#reply",
        "FACEBOOK|https://www.facebook.com/acmehelp/posts/pfbid02",
        "INSTAGRAM|https://www.instagram.com/acmehelp/p/C0de123/",
        "LINKEDIN|https://www.linkedin.com/company/acmehelp/posts/?feedView=all",
        "YOUTUBE|https://www.youtube.com/@AcmeHelp/community?lb=Ugkx",
        "TIKTOK|https://www.tiktok.com/@acmehelp/video/7301",
        "THREADS|https://www.threads.net/@AcmeHelp/post/C1x",
        "OTHER|https://mastodon.social/@AcmeHelp/1122",
    })
    void givenAddressUnderTheAccountsProfile_whenChecked_thenAPostOfTheAccount(String platform, String address) {
        String handle = platform.equals("OTHER") ? "mastodon.social/@acmehelp" : "acmehelp";
        assertTrue(ProfileHandles.isPostOf(platform, handle, address), address);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "X|https://x.com/AcmeHelpDesk/status/1",
        "X|https://x.com/someone/status/1?ref=acmehelp",
        "X|https://x.com/AcmeHelp",
        "X|https://instagram.com/acmehelp/p/C0de123",
        "X|https://x.com.evil.example/AcmeHelp/status/1",
        "X|https://evil.example/x.com/AcmeHelp/status/1",
        "INSTAGRAM|https://www.instagram.com/p/C0de123/",
        "LINKEDIN|https://www.linkedin.com/in/acmehelp/recent-activity",
        "YOUTUBE|https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "YOUTUBE|https://www.youtube.com/acmehelp/videos",
        "TIKTOK|https://www.tiktok.com/acmehelp/video/7301",
        "OTHER|https://mastodon.social/@AcmeHelpDesk/1122",
        "OTHER|https://mastodon.social/@AcmeHelp",
        "X|''",
    })
    void givenAddressNotUnderTheAccountsProfile_whenChecked_thenNotAPostOfTheAccount(String platform,
                                                                                     String address) {
        String handle = platform.equals("OTHER") ? "mastodon.social/@acmehelp" : "acmehelp";
        assertFalse(ProfileHandles.isPostOf(platform, handle, address), address);
    }

    @ParameterizedTest
    @CsvSource({"X,https://x.com/AcmeHelp/status/1", "X,acme corp", "X,''"})
    void givenWhatNamesNoProfile_whenNormalised_thenRefused(String platform, String form) {
        assertThrows(InvalidHandleException.class, () -> ProfileHandles.normalise(platform, form));
    }

    @ParameterizedTest
    @CsvSource({"MYSPACE,@acme"})
    void givenPlatformNobodyNamed_whenNormalised_thenProgrammingError(String platform, String form) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> ProfileHandles.normalise(platform, form));
        assertFalse(refused instanceof InvalidHandleException);
    }
}
