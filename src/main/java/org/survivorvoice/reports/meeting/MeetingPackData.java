package org.survivorvoice.reports.meeting;

import java.time.LocalDate;
import java.util.List;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;
import org.survivorvoice.scoring.method.Band;

/**
 * Everything the interface meeting of one district and quarter discusses (CARE's Community Score
 * Card: the community's scores beside the providers' own, and the action plan carried from round to
 * round), read in one transaction and already at published precision, so that the workbook, the
 * page and its chart only render it.
 *
 * @param categories the survivors' scores beside the self-assessments, per category
 * @param needs providers whose results of the quarter call for a response
 * @param actions open and done responses to earlier quarters' results
 * @param alerts deterioration alerts of the quarter
 */
public record MeetingPackData(
        String programmeName,
        long districtId,
        String district,
        Quarter period,
        String generatedAt,
        boolean provisional,
        List<CategoryGaps> categories,
        List<Need> needs,
        List<Action> actions,
        List<Alert> alerts) {

    /** Why a survivors' score of a provider with enough ratings is not shown. */
    public static final String FEW_ANSWERS =
            "fewer than 11 ratings (or raters) answered the question (suppression gate)";

    /** Why no survivors' figure of a provider is shown at all. */
    public static final String NOT_SCORED =
            "fewer than 11 ratings of the provider in the window (suppression gate)";

    /** Why a confirmation share is not shown. */
    public static final String FEW_FOLLOW_UP_ANSWERS =
            "fewer than 11 survivors answered the follow-up (suppression gate)";

    public MeetingPackData {
        categories = List.copyOf(categories);
        needs = List.copyOf(needs);
        actions = List.copyOf(actions);
        alerts = List.copyOf(alerts);
    }

    /** The open actions (PLANNED), then the done ones, each in quarter order. */
    public List<Action> actions(ResponseStatus status) {
        return actions.stream().filter(a -> a.status() == status).toList();
    }

    /** One category's providers: those the scores list shows and those that assessed themselves. */
    public record CategoryGaps(String code, String name, List<ProviderGaps> providers) {

        public CategoryGaps {
            providers = List.copyOf(providers);
        }

        /** The providers with a self-assessment: the ones the gap chart compares. */
        public List<ProviderGaps> selfAssessed() {
            return providers.stream().filter(ProviderGaps::selfAssessed).toList();
        }
    }

    /**
     * One provider's survivors' figures beside its own.
     *
     * @param band the published band; null when the provider is not scored (under the gate)
     * @param score the published score (0-1, whole percents) as the scores API gives it; null when
     *     not scored
     * @param selfOverall the provider's own overall answer on the 0-1 scale; null when not given
     * @param dimensions dignity, listened, timeliness and outcome, in that order
     */
    public record ProviderGaps(
            String code,
            String name,
            Band band,
            Double score,
            Double selfOverall,
            boolean selfAssessed,
            List<Dimension> dimensions) {

        public ProviderGaps {
            dimensions = List.copyOf(dimensions);
        }

        /** Whether the provider is past the suppression gate (listed by the scores API). */
        public boolean scored() {
            return band != null;
        }
    }

    /**
     * One question: the survivors' published score and the provider's own, both 0-1.
     *
     * @param survivors null where the disclosure policy withholds it
     * @param self null where the provider did not answer it
     */
    public record Dimension(String key, Double survivors, Double self) {

        /** Self minus survivors, in points of the 0-1 scale; null unless both are there. */
        public Double gap() {
            return survivors == null || self == null
                    ? null
                    : Math.round((self - survivors) * 100) / 100.0;
        }
    }

    /**
     * A provider whose results call for a response ({@code ResponseNeed}).
     *
     * @param band BELOW or SIGNIFICANTLY_BELOW; null when only an alert calls for it
     * @param neededSince the day (programme time zone) the district could first see the need
     * @param daysToResponse days until the first response; null while waiting
     */
    public record Need(
            String providerCode,
            String providerName,
            String category,
            Band band,
            int alerts,
            LocalDate neededSince,
            Long daysToResponse) {}

    /**
     * A response to an earlier quarter's results.
     *
     * @param doneOn the day it was marked done (programme time zone); null while open
     * @param confirmed the share of follow-up answers saying it got better, as published; null
     *     below the gate (or before anyone answered)
     */
    public record Action(
            long id,
            Quarter period,
            String providerCode,
            String providerName,
            ResponseTheme theme,
            String actionText,
            String ownerRole,
            LocalDate dueDate,
            ResponseStatus status,
            LocalDate doneOn,
            Double confirmed) {}

    /** A deterioration alert of the quarter. */
    public record Alert(
            String providerCode, String providerName, String category, LocalDate firedOn) {}
}
