package org.socialgov.policy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialgov.policy.api.SocialPlatform;

class HandleNormalizationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "X|acme",
        "X|Acme",
        "X|@Acme",
        "X|  @ACME  ",
        "X|https://x.com/Acme",
        "X|http://x.com/acme/",
        "X|twitter.com/acme",
        "X|https://www.twitter.com/acme?lang=en",
        "X|https://mobile.twitter.com/Acme#top",
        "FACEBOOK|https://www.facebook.com/acme?ref=x",
        "FACEBOOK|m.facebook.com/Acme/",
        "FACEBOOK|fb.com/acme",
        "INSTAGRAM|www.instagram.com/acme/",
        "INSTAGRAM|@acme",
        "LINKEDIN|linkedin.com/company/acme",
        "LINKEDIN|https://www.linkedin.com/company/Acme/",
        "YOUTUBE|youtube.com/@acme",
        "YOUTUBE|https://m.youtube.com/@Acme",
        "TIKTOK|tiktok.com/@acme",
        "TIKTOK|https://www.tiktok.com/@Acme?lang=en",
        "THREADS|threads.net/@acme",
        "THREADS|https://www.threads.com/@Acme",
        "OTHER|@Acme",
    })
    void givenAnyFormOfTheHandle_whenNormalised_thenLowerCaseWithoutAtOrAddress(SocialPlatform platform,
                                                                             String form) {
        assertEquals("acme", HandleNormalization.normalise(platform, form));
    }

    @Test
    void givenFacebookProfileWithoutUsername_whenNormalised_thenItsNumber() {
        assertEquals("100012345678901", HandleNormalization.normalise(SocialPlatform.FACEBOOK,
            "https://www.facebook.com/profile.php?id=100012345678901&ref=x"));
    }

    @Test
    void givenAnAddressOnAnotherSite_whenNormalised_thenHostAndPathInLowerCase() {
        assertEquals("mastodon.social/@acme", HandleNormalization.normalise(SocialPlatform.OTHER,
            "https://Mastodon.social/@Acme/?x=1"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "X|@",
        "X|acme corp",
        "X|acme_corporation_official",
        "X|x.com",
        "X|https://x.com/",
        "X|https://x.com/acme/status/1234",
        "X|https://instagram.com/acme",
        "X|@@acme",
        "INSTAGRAM|acme!",
        "LINKEDIN|linkedin.com/in/acme",
        "LINKEDIN|linkedin.com/acme",
        "YOUTUBE|youtube.com/acme",
        "YOUTUBE|youtube.com/channel/UC123",
        "TIKTOK|tiktok.com/acme",
        "THREADS|threads.net/acme",
        "FACEBOOK|facebook.com/profile.php",
        "OTHER|https://mastodon.social",
        "OTHER|acme corp",
    })
    void givenWhatNamesNoProfile_whenNormalised_thenRefused(SocialPlatform platform, String form) {
        assertThrows(OfficialAccountHandleInvalidException.class,
            () -> HandleNormalization.normalise(platform, form));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void givenNoHandle_whenNormalised_thenRefused(String empty) {
        assertThrows(OfficialAccountHandleInvalidException.class,
            () -> HandleNormalization.normalise(SocialPlatform.X, empty));
    }
}
