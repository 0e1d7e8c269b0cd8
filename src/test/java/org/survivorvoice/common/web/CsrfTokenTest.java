package org.survivorvoice.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsrfTokenTest {

    @Test
    void issuesWellFormedTokensThatDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = CsrfToken.issue();
            assertThat(CsrfToken.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theFieldMustRepeatTheCookieExactly() {
        String token = CsrfToken.issue();
        assertThat(CsrfToken.matches(token, token)).isTrue();
        assertThat(CsrfToken.matches(token, CsrfToken.issue())).isFalse();
        assertThat(CsrfToken.matches(token, token.toUpperCase()))
                .isEqualTo(token.equals(token.toUpperCase()));
        assertThat(CsrfToken.matches(null, token)).isFalse();
        assertThat(CsrfToken.matches(token, null)).isFalse();
        assertThat(CsrfToken.matches("", "")).isFalse();
        assertThat(CsrfToken.matches("short", "short")).isFalse();
        assertThat(CsrfToken.matches(token + "x", token + "x")).isFalse();
    }

    @Test
    void theSecureCookieIsBoundToTheHost() {
        assertThat(CsrfToken.cookieName(true)).startsWith("__Host-");
        assertThat(CsrfToken.cookieName(false)).doesNotStartWith("__Host-");
    }
}
