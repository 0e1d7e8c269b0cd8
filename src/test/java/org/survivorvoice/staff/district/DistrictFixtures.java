package org.survivorvoice.staff.district;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.testing.RatingRow;

/** District-page test data: ratings that answer some dimensions and skip others. */
@ApplicationScoped
public class DistrictFixtures {

    /**
     * Stores {@code count} ratings of the provider in the quarter with the answers, by new raters.
     */
    @Transactional
    public void answered(String providerCode, String period, RatingAnswers answers, int count) {
        long provider = Provider.findByCode(providerCode).id;
        Quarter quarter = Quarter.parse(period);
        for (int i = 0; i < count; i++) {
            RatingRow.of(provider)
                    .at(quarter, RatingRow.day(quarter, 15))
                    .answers(answers)
                    .persist();
        }
    }
}
