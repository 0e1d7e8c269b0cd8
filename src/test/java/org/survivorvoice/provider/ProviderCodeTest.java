package org.survivorvoice.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderCodeTest {

    private static final int CODES = 1_000;

    @Test
    void detectsEverySingleDigitErrorOfThousandRandomCodes() {
        Random random = new Random(42);
        int checked = 0;
        for (int i = 0; i < CODES; i++) {
            String code = ProviderCode.random(random).value();
            for (int pos = 0; pos < code.length(); pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == code.charAt(pos)) {
                        continue;
                    }
                    String typo = code.substring(0, pos) + d + code.substring(pos + 1);
                    assertThat(ProviderCode.parse(typo)).as("%s -> %s", code, typo).isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(CODES * 6 * 9);
    }

    @Test
    void detectsEveryAdjacentTranspositionOfThousandRandomCodes() {
        Random random = new Random(7);
        int checked = 0;
        for (int i = 0; i < CODES; i++) {
            String code = ProviderCode.random(random).value();
            for (int pos = 0; pos + 1 < code.length(); pos++) {
                if (code.charAt(pos) == code.charAt(pos + 1)) {
                    continue;
                }
                char[] swapped = code.toCharArray();
                swapped[pos] = code.charAt(pos + 1);
                swapped[pos + 1] = code.charAt(pos);
                assertThat(ProviderCode.parse(new String(swapped)))
                        .as("%s -> %s", code, new String(swapped))
                        .isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(CODES * 4);
    }

    @Test
    void generatedCodesAreSixDigitsAndValid() {
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < CODES; i++) {
            ProviderCode code = ProviderCode.random(random);
            assertThat(code.value()).matches("[1-9][0-9]{5}");
            assertThat(ProviderCode.parse(code.value())).contains(code);
            seen.add(code.value());
        }
        assertThat(seen).hasSizeGreaterThan(CODES * 9 / 10);
    }

    @Test
    void rejectsMalformedText() {
        assertThat(ProviderCode.parse(null)).isEmpty();
        assertThat(ProviderCode.parse("")).isEmpty();
        assertThat(ProviderCode.parse("12345")).isEmpty();
        assertThat(ProviderCode.parse("1234567")).isEmpty();
        assertThat(ProviderCode.parse("12a456")).isEmpty();
        assertThat(ProviderCode.parse("١٢٣٤٥٦")).isEmpty();
    }
}
