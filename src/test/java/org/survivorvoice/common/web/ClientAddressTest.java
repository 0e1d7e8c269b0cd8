package org.survivorvoice.common.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Quarkus believes forwarded headers from every peer when forwarding is on and no trusted proxy is
 * listed; the application refuses to start so.
 */
class ClientAddressTest {

    @Test
    void forwardingWithoutTrustedProxiesDoesNotStart() {
        assertThatThrownBy(() -> new ClientAddress(null, true, Optional.empty()).checkProxies(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.http.proxy.trusted-proxies");
        assertThatThrownBy(
                        () ->
                                new ClientAddress(null, true, Optional.of(List.of()))
                                        .checkProxies(null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forwardingFromListedProxiesOrNoForwardingStarts() {
        assertThatCode(
                        () ->
                                new ClientAddress(null, true, Optional.of(List.of("10.0.0.0/8")))
                                        .checkProxies(null))
                .doesNotThrowAnyException();
        assertThatCode(() -> new ClientAddress(null, false, Optional.empty()).checkProxies(null))
                .doesNotThrowAnyException();
    }
}
