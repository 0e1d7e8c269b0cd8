package org.survivorvoice.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;

/**
 * A request that meets the database away (here the pool's refusal as Hibernate wraps it) is a 503
 * with Retry-After: a page on a page, a problem on the API; any other failure stays a 500. {@code
 * DatabaseOutageIT} sees the same answers from the packaged application with the server stopped.
 */
class DatabaseAwayTest {

    private static final Exception AWAY =
            new JDBCConnectionException(
                    "Unable to acquire JDBC Connection",
                    new SQLException("Communications link failure", "08S01"));

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void theApiAnswersAProblemWithRetryAfter() {
        Response response = mappers.unexpected(AWAY, "/api/v1/areas");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    }

    @Test
    void staffAndSurvivorPagesAnswerAPage() {
        for (String path : new String[] {"/staff/district", "/rate"}) {
            Response response = mappers.unexpected(AWAY, path);

            assertThat(response.getStatus()).as(path).isEqualTo(503);
            assertThat(response.getMediaType().toString()).as(path).startsWith("text/html");
            assertThat(response.getEntity().toString())
                    .as(path)
                    .contains("Briefly unavailable", "try again in a minute");
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).as(path).isEqualTo("30");
        }
    }

    @Test
    void aPageAnswersInTheLanguageOfTheRequest() {
        Response response = mappers.unexpected(AWAY, "/rate", SurvivorLanguage.BN);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getEntity().toString())
                .contains("<html lang=\"bn\">")
                .contains("কিছুক্ষণের জন্য পাওয়া যাচ্ছে না")
                .contains("এক মিনিট পরে আবার চেষ্টা করুন")
                .doesNotContain("Briefly unavailable");
    }

    @Test
    void anyOtherFailureIsStillAServerError() {
        Response response = mappers.unexpected(new IllegalStateException("a bug"), "/api/v1/areas");

        assertThat(response.getStatus()).isEqualTo(500);
    }
}
