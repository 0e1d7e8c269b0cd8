package org.survivorvoice.common.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one owner of "which address did this request come from", which the per-address limits key on
 * (SAFETY V4). Behind a proxy that address is in {@code X-Forwarded-For} or {@code Forwarded}, but
 * any client can send those headers: believed from anyone, one client could pose as every address
 * in turn to escape its limit, or as another's address to block the form for her. So the header
 * counts only when the peer is a configured trusted proxy: Quarkus applies {@code
 * quarkus.http.proxy.proxy-address-forwarding} with {@code allow-x-forwarded} or {@code
 * allow-forwarded} only for peers in {@code quarkus.http.proxy.trusted-proxies}, and replaces the
 * request's remote address; everywhere else the socket's peer address counts. Since Quarkus trusts
 * every peer when forwarding is on and no trusted proxy is listed, the application refuses to start
 * with that configuration.
 */
@ApplicationScoped
public class ClientAddress {

    private final CurrentVertxRequest vertx;
    private final boolean forwarding;
    private final Optional<List<String>> trustedProxies;

    public ClientAddress(
            CurrentVertxRequest vertx,
            @ConfigProperty(
                            name = "quarkus.http.proxy.proxy-address-forwarding",
                            defaultValue = "false")
                    boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
                    Optional<List<String>> trustedProxies) {
        this.vertx = vertx;
        this.forwarding = forwarding;
        this.trustedProxies = trustedProxies;
    }

    /** Refuses to start when forwarded headers would be believed from any peer. */
    void checkProxies(@Observes StartupEvent started) {
        if (forwarding && trustedProxies.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException(
                    "quarkus.http.proxy.proxy-address-forwarding is on but"
                            + " quarkus.http.proxy.trusted-proxies is empty: any client could"
                            + " forge its address; list the proxies' addresses");
        }
    }

    /** The client's address for the current request: the socket peer's, or a trusted proxy's. */
    public String current() {
        var request = vertx.getCurrent();
        var address = request == null ? null : request.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
