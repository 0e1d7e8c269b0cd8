package org.survivorvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "9830012345",
                "09830012345",
                "919830012345",
                "+91 98300 12345",
                "+91-98300-12345",
                "(983) 001-2345",
                "९८३००१२३४५",
                "৯৮৩০০১২৩৪৫"
            })
    void normalisesIndianMobileNumbers(String typed) {
        assertThat(PhoneNumber.parse(typed)).map(PhoneNumber::e164).contains("+919830012345");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12345",
                "5830012345",
                "98300123456",
                "+91 5830012345",
                "98300x2345",
                "+0123456789",
                "call me"
            })
    void rejectsWhatIsNotAMobileNumber(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEmpty();
    }

    @Test
    void acceptsOtherCountriesWithTheirPrefix() {
        assertThat(PhoneNumber.parse("+1 234 901 3030"))
                .map(PhoneNumber::e164)
                .contains("+12349013030");
    }

    @Test
    void toStringNeverShowsTheNumber() {
        assertThat(PhoneNumber.parse("9830012345").orElseThrow().toString())
                .doesNotContain("9830012345")
                .doesNotContain("12345");
    }
}
