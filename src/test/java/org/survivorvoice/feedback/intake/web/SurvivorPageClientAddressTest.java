package org.survivorvoice.feedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.web.RequestWindows;
import org.survivorvoice.testing.SecondReplica;

/**
 * SAFETY V4 behind a proxy and across replicas. The survivor pages' per-address limit keys on the
 * socket's peer, unless that peer is a configured trusted proxy: then on the address it forwards.
 * Requests are sent over raw sockets bound to 127.0.0.1 (an untrusted peer) or 127.0.0.2 (the
 * trusted proxy), both loopback. Then a second instance over the same database (its own connections
 * and {@link RequestWindows}) shares each allowance with this one.
 */
@QuarkusTest
@TestProfile(SurvivorPageClientAddressTest.BehindTrustedProxy.class)
class SurvivorPageClientAddressTest {

    private static final String UNTRUSTED = "127.0.0.1";
    private static final String PROXY = "127.0.0.2";
    private static final int PER_ADDRESS = 4;
    private static final int PER_LINK = 3;
    // one window for the whole test, so no window ends mid-test
    private static final Duration WINDOW = Duration.ofDays(3650);

    /** Forwarded headers believed from 127.0.0.2 only; four requests per address. */
    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true",
                    "quarkus.http.proxy.trusted-proxies",
                    PROXY,
                    "survivor-voice.web.max-requests-per-ip",
                    String.valueOf(PER_ADDRESS),
                    "survivor-voice.web.max-requests-per-token",
                    String.valueOf(PER_LINK),
                    "survivor-voice.web.rate-window",
                    WINDOW.toDays() + "D");
        }
    }

    @Inject Clock clock;

    @Test
    void anUntrustedPeersForwardedHeaderIsIgnored() throws IOException {
        // each request claims another address; all count against the socket's own
        for (int i = 1; i <= PER_ADDRESS; i++) {
            assertThat(get(UNTRUSTED, "/rate", "198.51.100." + i)).isEqualTo(200);
        }
        assertThat(get(UNTRUSTED, "/rate", "198.51.100.99")).isEqualTo(429);
        assertThat(get(UNTRUSTED, "/rate", null)).isEqualTo(429);
    }

    @Test
    void aTrustedProxysForwardedAddressIsLimitedOnItsOwn() throws IOException {
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(get(PROXY, "/rate", "203.0.113.10")).isEqualTo(200);
        }
        assertThat(get(PROXY, "/rate", "203.0.113.10")).isEqualTo(429);
        // another client behind the same proxy is not blocked by the first
        assertThat(get(PROXY, "/rate", "203.0.113.11")).isEqualTo(200);
    }

    @Test
    void requestsSplitOverTwoInstancesAreRefusedAtTheSameTotal() throws IOException {
        RequestWindows second = SecondReplica.requestWindows(clock);
        String client = "203.0.113.20";
        assertThat(get(PROXY, "/rate", client)).isEqualTo(200);
        assertThat(second.allow(SurvivorPageFilter.PER_ADDRESS, client, PER_ADDRESS, WINDOW))
                .isTrue();
        assertThat(get(PROXY, "/rate", client)).isEqualTo(200);
        assertThat(second.allow(SurvivorPageFilter.PER_ADDRESS, client, PER_ADDRESS, WINDOW))
                .isTrue();

        assertThat(get(PROXY, "/rate", client)).isEqualTo(429);
        assertThat(second.allow(SurvivorPageFilter.PER_ADDRESS, client, PER_ADDRESS, WINDOW))
                .isFalse();
    }

    @Test
    void anInvitationLinksRequestsSplitOverTwoInstancesAreRefusedAtTheSameTotal()
            throws IOException {
        RequestWindows second = SecondReplica.requestWindows(clock);
        String token = UUID.randomUUID().toString().replace("-", "");
        // an unknown link looks like a used one (404) until its allowance is spent
        assertThat(get(PROXY, "/r/" + token, "203.0.113.30")).isEqualTo(404);
        assertThat(second.allow(InvitationFormService.PER_LINK, token, PER_LINK, WINDOW)).isTrue();
        assertThat(get(PROXY, "/r/" + token, "203.0.113.31")).isEqualTo(404);

        assertThat(get(PROXY, "/r/" + token, "203.0.113.32")).isEqualTo(429);
    }

    /** The status of a GET sent from the given loopback address, with the forwarded header. */
    private static int get(String from, String path, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 10_000);
            socket.setSoTimeout(30_000);
            String request =
                    "GET "
                            + path
                            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                            + (forwardedFor == null
                                    ? ""
                                    : "X-Forwarded-For: " + forwardedFor + "\r\n")
                            + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder status = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                status.append((char) b);
            }
            // "HTTP/1.1 200 OK"
            return Integer.parseInt(status.toString().split(" ")[1]);
        }
    }
}
