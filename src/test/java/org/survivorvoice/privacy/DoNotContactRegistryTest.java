package org.survivorvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.privacy.DoNotContactRegistry.Source;

@QuarkusTest
class DoNotContactRegistryTest {

    @Inject DoNotContactRegistry registry;
    @Inject PhoneVault vault;

    @Test
    void addingTwiceKeepsOneEntryAndStartRemovesIt() {
        byte[] index = vault.blindIndex(PhoneNumber.parse("9733301234").orElseThrow());
        byte[] other = vault.blindIndex(PhoneNumber.parse("9733301235").orElseThrow());

        assertThat(registry.contains(index)).isFalse();
        assertThat(registry.add(index, Source.SMS)).isTrue();
        assertThat(registry.add(index, Source.IVR)).isFalse();
        assertThat(registry.contains(index)).isTrue();
        assertThat(registry.contains(other)).isFalse();

        assertThat(registry.remove(index)).isTrue();
        assertThat(registry.remove(index)).isFalse();
        assertThat(registry.contains(index)).isFalse();
    }
}
