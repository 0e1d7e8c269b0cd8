package org.survivorvoice.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.testing.Fixtures;

/**
 * The district's share of satisfied ratings told to survivors: pooled over the valid ratings of the
 * district's providers in the quarter's window, published through the disclosure policy's cell
 * share (withheld below 11 ratings), as a whole percent.
 */
@QuarkusTest
class DistrictSatisfactionQueriesTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject DistrictSatisfactionQueries satisfaction;

    @Test
    void poolsTheDistrictsValidRatingsOverTheWindow() {
        Quarter period = Quarter.parse("1954-Q4");
        long district = fixtures.district().id;
        String clinic = fixtures.provider(district, "HOSPITAL", "Rural hospital");
        String office = fixtures.provider(district, "BLOCK_OFFICE", "Block office");
        // 4 and 5 are satisfied, 3 is not: 6 of 8 this quarter, 5 of 8 three quarters back
        fixtures.ratingSequence(clinic, null, "1954-Q4", 4, 4, 4, 4, 3, 3, 5, 5);
        fixtures.ratings(office, "1954-Q1", 5, 3);
        // outside the window, in another district, and by a survivor who withdrew consent
        fixtures.ratings(office, "1953-Q4", 0, 10);
        long elsewhere = fixtures.district().id;
        fixtures.ratings(fixtures.provider(elsewhere, "HOSPITAL", "Other"), "1954-Q4", 0, 20);
        long withdrawn =
                outreach.survivor(
                        district, OutreachFixtures.phone(), new Consent(true, false, false, false));
        fixtures.ratingSequence(clinic, withdrawn, "1954-Q3", 1, 1, 1, 1, 1, 1, 1, 1);

        DistrictSatisfaction figure = satisfaction.of(district, period);

        // 11 of 16: at n = 16 the cell share steps by 20 %, so 68.75 % is published as 60 %;
        // counting any of the excluded ratings would publish 50 % or less
        assertThat(figure.withheld()).isFalse();
        assertThat(figure.percent()).hasValue(60);
        assertThat(figure.districtId()).isEqualTo(district);
    }

    @Test
    void isWithheldUnderElevenRatings() {
        Quarter period = Quarter.parse("1955-Q4");
        long district = fixtures.district().id;
        String clinic = fixtures.provider(district, "HOSPITAL", "Rural hospital");
        fixtures.ratings(clinic, period.toString(), 10, 0);

        DistrictSatisfaction ten = satisfaction.of(district, period);
        fixtures.ratings(clinic, period.toString(), 0, 1);
        DistrictSatisfaction eleven = satisfaction.of(district, period);

        assertThat(ten.withheld()).isTrue();
        assertThat(ten.percent()).isEmpty();
        // 10 of 11 (91 %) at a step of 20 %
        assertThat(eleven.percent()).hasValue(100);
    }
}
