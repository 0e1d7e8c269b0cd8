package org.survivorvoice.privacy;

import java.util.Optional;

/**
 * A phone number in E.164 form ({@code +919812345678}). Indian mobile numbers may be given with or
 * without {@code +91}, {@code 91} or a leading {@code 0}; other countries need their {@code +}
 * prefix. {@link #toString()} never prints the number.
 */
public final class PhoneNumber {

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /** Normalises what a person typed, or empty when it is not a plausible mobile number. */
    public static Optional<PhoneNumber> parse(String input) {
        if (input == null || input.length() > 32) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '+' && digits.isEmpty() && !plus) {
                plus = true;
            } else if (Character.isDigit(c)) {
                digits.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
                return Optional.empty();
            }
        }
        String d = digits.toString();
        if (!plus) {
            if (d.length() == 11 && d.startsWith("0")) {
                d = d.substring(1);
            } else if (d.length() == 12 && d.startsWith("91")) {
                d = d.substring(2);
            }
            if (d.length() != 10 || "6789".indexOf(d.charAt(0)) < 0) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber("+91" + d));
        }
        if (d.length() < 8 || d.length() > 15 || d.charAt(0) == '0') {
            return Optional.empty();
        }
        if (d.startsWith("91") && (d.length() != 12 || "6789".indexOf(d.charAt(2)) < 0)) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber("+" + d));
    }

    /** The number in E.164 form; only the vault and senders may use it. */
    public String e164() {
        return e164;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber p && p.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return "PhoneNumber[redacted]";
    }
}
