package org.survivorvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Two key generations in the vault and the text seals, without a database. */
class VaultRotationKeysTest {

    private static final String ENC_1 = VaultKeys.key(11);
    private static final String IDX_1 = VaultKeys.key(12);
    private static final String ENC_2 = VaultKeys.key(21);
    private static final String IDX_2 = VaultKeys.key(22);
    private static final String LABEL = "survivor-voice/test/v1";

    private final PhoneVault generation1 =
            new PhoneVault(VaultKeys.config(ENC_1, IDX_1, null, null));
    private final PhoneVault rotating =
            new PhoneVault(VaultKeys.config(ENC_2, IDX_2, ENC_1, IDX_1));
    private final PhoneVault generation2 =
            new PhoneVault(VaultKeys.config(ENC_2, IDX_2, null, null));
    private final PhoneNumber phone = PhoneNumber.parse("98300 12345").orElseThrow();

    @Test
    void ciphertextNamesItsKeySoTheRotatingVaultOpensBothGenerations() {
        byte[] old = generation1.encrypt(phone);
        byte[] fresh = rotating.encrypt(phone);

        assertThat(rotating.decrypt(old)).isEqualTo(phone);
        assertThat(rotating.decrypt(fresh)).isEqualTo(phone);
        assertThat(rotating.isCurrent(old)).isFalse();
        assertThat(rotating.isCurrent(fresh)).isTrue();
        assertThat(generation2.decrypt(fresh)).isEqualTo(phone);
        assertThatThrownBy(() -> generation2.decrypt(old))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold");
    }

    @Test
    void versionOneCiphertextOpensUnderTheCurrentOrThePreviousKey() throws Exception {
        byte[] legacy = VaultKeys.legacyPhone(ENC_1, phone);

        assertThat(generation1.decrypt(legacy)).isEqualTo(phone);
        assertThat(rotating.decrypt(legacy)).isEqualTo(phone);
        assertThat(rotating.isCurrent(legacy)).isFalse();
        assertThatThrownBy(() -> generation2.decrypt(legacy))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writesUseTheCurrentIndexAndLookupsMatchBoth() throws Exception {
        byte[] current = VaultKeys.index(IDX_2, phone);
        byte[] previous = VaultKeys.index(IDX_1, phone);

        assertThat(rotating.blindIndex(phone)).isEqualTo(current);
        assertThat(rotating.lookupIndexes(phone)).containsExactly(current, previous);
        assertThat(generation2.lookupIndexes(phone)).containsExactly(current);
        assertThat(rotating.matches(phone, previous)).isTrue();
        assertThat(generation2.matches(phone, previous)).isFalse();
        assertThat(rotating.rotating()).isTrue();
        assertThat(generation2.rotating()).isFalse();
    }

    @Test
    void keyIdsAreShortAndRevealNoKeyBytes() {
        PhoneVault.KeyIds ids = rotating.keyIds();

        assertThat(ids.encryption()).hasSize(8).isNotEqualTo(ids.previousEncryption());
        assertThat(ids.index()).hasSize(8).isNotEqualTo(ids.previousIndex());
        assertThat(ids.previousEncryption()).isEqualTo(generation1.keyIds().encryption());
        String keyHex = HexFormat.of().formatHex(Base64.getDecoder().decode(ENC_2));
        assertThat(keyHex).doesNotContain(ids.encryption());
        assertThat(generation2.keyIds().previousIndex()).isNull();
    }

    @Test
    void aPreviousKeyEqualToTheCurrentOneRotatesNothing() {
        PhoneVault same = new PhoneVault(VaultKeys.config(ENC_2, IDX_2, ENC_2, IDX_2));

        assertThat(same.rotating()).isFalse();
        assertThat(same.lookupIndexes(phone)).hasSize(1);
    }

    @Test
    void sealsOpenUnderEitherGenerationAndResealUnderTheCurrentOne() throws Exception {
        TextSeal old = new TextSeal(VaultKeys.config(ENC_1, IDX_1, null, null), LABEL);
        TextSeal during = new TextSeal(VaultKeys.config(ENC_2, IDX_2, ENC_1, IDX_1), LABEL);
        TextSeal after = new TextSeal(VaultKeys.config(ENC_2, IDX_2, null, null), LABEL);
        byte[] sealed = old.seal("the police asked for money", "row 1");
        byte[] legacy = VaultKeys.legacySeal(ENC_1, LABEL, "no header", "row 2");

        assertThat(during.open(sealed, "row 1")).isEqualTo("the police asked for money");
        assertThat(during.open(legacy, "row 2")).isEqualTo("no header");
        assertThat(old.open(legacy, "row 2")).isEqualTo("no header");
        assertThat(during.isCurrent(sealed)).isFalse();
        assertThatThrownBy(() -> after.open(sealed, "row 1"))
                .isInstanceOf(IllegalStateException.class);

        byte[] resealed = during.reseal(sealed, "row 1");
        assertThat(during.isCurrent(resealed)).isTrue();
        assertThat(after.open(resealed, "row 1")).isEqualTo("the police asked for money");
        assertThatThrownBy(() -> after.open(resealed, "row 9"))
                .isInstanceOf(IllegalStateException.class);
    }
}
