package org.survivorvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PhoneVaultTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(bytes(32, 1));
    private static final String KEY_B = Base64.getEncoder().encodeToString(bytes(32, 2));
    private final PhoneVault vault = new PhoneVault(config(KEY_A, KEY_B));
    private final PhoneNumber phone = PhoneNumber.parse("98300 12345").orElseThrow();

    @Test
    void ciphertextDiffersPerRowAndDecryptsBack() {
        byte[] first = vault.encrypt(phone);
        byte[] second = vault.encrypt(phone);

        assertThat(first).isNotEqualTo(second);
        assertThat(vault.decrypt(first)).isEqualTo(phone);
        assertThat(vault.decrypt(second)).isEqualTo(phone);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("9830012345");
    }

    @Test
    void blindIndexIsStableAndKeyed() {
        PhoneNumber sameTypedDifferently = PhoneNumber.parse("+91-98300-12345").orElseThrow();

        assertThat(vault.blindIndex(phone)).isEqualTo(vault.blindIndex(sameTypedDifferently));
        PhoneVault otherKeys = new PhoneVault(config(KEY_A, KEY_A));
        assertThat(otherKeys.blindIndex(phone)).isNotEqualTo(vault.blindIndex(phone));
    }

    @Test
    void blindIndexIsNotAPlainHashOfTheNumber() throws Exception {
        byte[] index = vault.blindIndex(phone);
        for (String form : new String[] {"+919830012345", "919830012345", "9830012345"}) {
            byte[] sha =
                    MessageDigest.getInstance("SHA-256")
                            .digest(form.getBytes(StandardCharsets.US_ASCII));
            assertThat(index).isNotEqualTo(sha);
        }
    }

    @Test
    void tamperedCiphertextIsRefused() {
        byte[] sealed = vault.encrypt(phone);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesKeysOfTheWrongLength() {
        String shortKey = Base64.getEncoder().encodeToString(bytes(16, 3));

        assertThatThrownBy(() -> new PhoneVault(config(shortKey, KEY_B)))
                .hasMessageContaining("256 bits");
    }

    private static VaultConfig config(String encryption, String index) {
        return VaultKeys.config(encryption, index, null, null);
    }

    private static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }
}
