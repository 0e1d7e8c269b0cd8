package org.survivorvoice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the loopback fake of Twilio's REST API and points the Twilio sender at it. */
public class FakeTwilioResource implements QuarkusTestResourceLifecycleManager {

    private FakeTwilioServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new FakeTwilioServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("survivor-voice.outreach.twilio.api-base-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
