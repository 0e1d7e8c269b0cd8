package org.survivorvoice.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(EmbeddedMariaDbTestResource.class)
public final class TestDatabase {

    private TestDatabase() {}
}
