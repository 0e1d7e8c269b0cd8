package org.survivorvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.privacy.DoNotContactService.Source;

@QuarkusTest
class DoNotContactServiceTest {

    @Inject DoNotContactService doNotContact;
    @Inject PhoneVault vault;

    @Test
    void addingTwiceKeepsOneEntryAndStartRemovesIt() {
        byte[] index = vault.blindIndex(PhoneNumber.parse("9733301234").orElseThrow());
        byte[] other = vault.blindIndex(PhoneNumber.parse("9733301235").orElseThrow());

        assertThat(doNotContact.contains(index)).isFalse();
        assertThat(doNotContact.add(index, Source.SMS)).isTrue();
        assertThat(doNotContact.add(index, Source.IVR)).isFalse();
        assertThat(doNotContact.contains(index)).isTrue();
        assertThat(doNotContact.contains(other)).isFalse();

        assertThat(doNotContact.remove(index)).isTrue();
        assertThat(doNotContact.remove(index)).isFalse();
        assertThat(doNotContact.contains(index)).isFalse();
    }
}
