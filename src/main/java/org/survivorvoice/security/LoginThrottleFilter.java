package org.survivorvoice.security;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.survivorvoice.common.error.Problem;

/**
 * Applies {@link LoginThrottle} to HTTP Basic logins: refuses a locked user name with 429 before
 * its password is checked, and counts the 401s that follow wrong passwords. The throttle reads and
 * writes the database, so both run on a worker thread (a pre-matching filter starts on the event
 * loop); a request of a user name with no failures on record costs one indexed read.
 */
public class LoginThrottleFilter {

    /** Request property: the user name had failures on record, so a success must clear them. */
    private static final String HAD_FAILURES = LoginThrottleFilter.class.getName() + ".failures";

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> refuseLocked(ContainerRequestContext request) {
        Optional<String> user =
                LoginThrottle.basicUsername(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return onWorker(
                () -> {
                    LoginThrottle.Standing standing = throttle.standing(user.get());
                    if (standing.failures() > 0) {
                        request.setProperty(HAD_FAILURES, Boolean.TRUE);
                    }
                    return standing.retryAfter().map(LoginThrottleFilter::locked).orElse(null);
                });
    }

    @ServerResponseFilter
    public Uni<Void> count(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<String> user =
                LoginThrottle.basicUsername(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty() || response.getStatus() == 429) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() == 401) {
            return onWorker(
                    () -> {
                        throttle.failed(user.get());
                        return null;
                    });
        }
        if (request.getProperty(HAD_FAILURES) != null) {
            return onWorker(
                    () -> {
                        throttle.succeeded(user.get());
                        return null;
                    });
        }
        return Uni.createFrom().voidItem();
    }

    private static Response locked(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .type(Problem.MEDIA_TYPE)
                .entity(
                        Problem.of(
                                429,
                                "Too many failed logins",
                                "Too many wrong passwords. Try again in "
                                        + Math.max(1, seconds / 60)
                                        + " minutes."))
                .build();
    }

    private static <T> Uni<T> onWorker(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
