package org.survivorvoice.provider;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.VerhoeffCheckDigit;

/**
 * A provider code: five digits and a Verhoeff check digit, the scheme Aadhaar uses. Verhoeff
 * catches every single-digit error and every swap of adjacent digits, the two mistakes people make
 * most on a keypad, so a mistyped code is refused instead of rating the wrong provider.
 */
public record ProviderCode(String value) {

    /** Digits of a code, check digit included. */
    public static final int LENGTH = 6;

    private static final int BODY_MIN = 10_000;
    private static final int BODY_RANGE = 90_000;

    public ProviderCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid provider code");
        }
    }

    /** A code if the text is six ASCII digits with a correct check digit, else empty. */
    public static Optional<ProviderCode> parse(String text) {
        return isValid(text) ? Optional.of(new ProviderCode(text)) : Optional.empty();
    }

    /** A fresh random code; the caller checks it is not taken. */
    public static ProviderCode random(RandomGenerator random) {
        return withCheckDigit(Integer.toString(BODY_MIN + random.nextInt(BODY_RANGE)));
    }

    /** Appends the Verhoeff check digit to a five-digit body. */
    public static ProviderCode withCheckDigit(String body) {
        try {
            return new ProviderCode(body + VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT.calculate(body));
        } catch (CheckDigitException e) {
            throw new IllegalArgumentException("not a code body", e);
        }
    }

    private static boolean isValid(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return text.charAt(0) != '0' && VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT.isValid(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
