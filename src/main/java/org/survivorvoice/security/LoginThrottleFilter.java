package org.survivorvoice.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.survivorvoice.common.error.Problem;

/**
 * Applies {@link LoginThrottle} to HTTP Basic logins: refuses a locked user name with 429 before
 * its password is checked, and counts the 401s that follow wrong passwords.
 */
public class LoginThrottleFilter {

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseLocked(ContainerRequestContext request) {
        Optional<String> user =
                LoginThrottle.basicUsername(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty()) {
            return null;
        }
        Optional<Duration> wait = throttle.lockedFor(user.get());
        if (wait.isEmpty()) {
            return null;
        }
        long seconds = Math.max(1, wait.get().toSeconds());
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

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<String> user =
                LoginThrottle.basicUsername(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty() || response.getStatus() == 429) {
            return;
        }
        if (response.getStatus() == 401) {
            throttle.failed(user.get());
        } else {
            throttle.succeeded(user.get());
        }
    }
}
