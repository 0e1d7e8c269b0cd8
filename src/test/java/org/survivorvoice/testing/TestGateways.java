package org.survivorvoice.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the fake Twilio API for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(FakeTwilioResource.class)
public final class TestGateways {

    private TestGateways() {}
}
