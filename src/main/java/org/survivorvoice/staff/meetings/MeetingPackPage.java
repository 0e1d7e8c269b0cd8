package org.survivorvoice.staff.meetings;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.reports.meeting.MeetingPackData;
import org.survivorvoice.reports.meeting.MeetingPackData.CategoryGaps;
import org.survivorvoice.reports.meeting.MeetingPackData.Dimension;
import org.survivorvoice.reports.meeting.MeetingPackData.ProviderGaps;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.scoring.method.Band;

/**
 * The meeting pack as the officials' page shows it: the pack's own data, its published figures as
 * whole percents, one table row per question, and the words' keys of bands and themes.
 *
 * @param open responses still PLANNED
 * @param done responses DONE, with their confirmation share where it passes the gate
 */
@TemplateData
public record MeetingPackPage(
        long districtId,
        String district,
        String period,
        boolean provisional,
        List<Category> categories,
        List<MeetingPackData.Need> needs,
        List<Action> open,
        List<Action> done,
        List<MeetingPackData.Alert> alerts) {

    /** Whether a done action's confirmation share is withheld, so the page names the rule. */
    public boolean doneWithheld() {
        return done.stream().anyMatch(a -> a.better() == null);
    }

    /** A category's rows and whether it has a gap chart (someone assessed itself). */
    @TemplateData
    public record Category(String code, String name, List<Line> lines, boolean chart) {}

    /**
     * One question of one provider.
     *
     * @param first whether this is the provider's first row (it names the provider)
     * @param band the band's name, null when the provider is not scored
     * @param survivors whole percent; null when withheld
     * @param self whole percent; null when the provider did not answer
     * @param gap signed points ("+25"), null unless both are there (never for overall)
     */
    @TemplateData
    public record Line(
            boolean first,
            String provider,
            String code,
            String band,
            String bandClass,
            String question,
            Integer survivors,
            Integer self,
            String gap) {}

    /** A response of an earlier quarter; {@code better} in whole percents, null when withheld. */
    @TemplateData
    public record Action(
            String period,
            String providerCode,
            String providerName,
            String theme,
            String actionText,
            String ownerRole,
            String dueDate,
            String doneOn,
            Integer better) {}

    /** The page of the pack. */
    public static MeetingPackPage of(MeetingPackData data) {
        List<Category> categories = new ArrayList<>();
        for (CategoryGaps c : data.categories()) {
            List<Line> lines = new ArrayList<>();
            for (ProviderGaps p : c.providers()) {
                String band = p.band() == null ? null : p.band().name();
                String css = bandClass(p.band());
                lines.add(
                        new Line(
                                true,
                                p.name(),
                                p.code(),
                                band,
                                css,
                                "overall",
                                percent(p.score()),
                                percent(p.selfOverall()),
                                null));
                for (Dimension d : p.dimensions()) {
                    lines.add(
                            new Line(
                                    false,
                                    p.name(),
                                    p.code(),
                                    band,
                                    css,
                                    d.key(),
                                    percent(d.survivors()),
                                    percent(d.self()),
                                    d.gap() == null
                                            ? null
                                            : String.format(
                                                    java.util.Locale.ROOT,
                                                    "%+d",
                                                    percent(d.gap()))));
                }
            }
            categories.add(new Category(c.code(), c.name(), lines, !c.selfAssessed().isEmpty()));
        }
        return new MeetingPackPage(
                data.districtId(),
                data.district(),
                data.period().toString(),
                data.provisional(),
                categories,
                data.needs(),
                actions(data, ResponseStatus.PLANNED),
                actions(data, ResponseStatus.DONE),
                data.alerts());
    }

    private static List<Action> actions(MeetingPackData data, ResponseStatus status) {
        return data.actions(status).stream()
                .map(
                        a ->
                                new Action(
                                        a.period().toString(),
                                        a.providerCode(),
                                        a.providerName(),
                                        a.theme().name(),
                                        a.actionText(),
                                        a.ownerRole(),
                                        a.dueDate().toString(),
                                        a.doneOn() == null ? null : a.doneOn().toString(),
                                        percent(a.confirmed())))
                .toList();
    }

    /** A published fraction in whole percents, as pages show it. */
    static Integer percent(Double fraction) {
        return fraction == null ? null : (int) Math.round(fraction * 100);
    }

    /** The staff stylesheet's class of a band. */
    static String bandClass(Band band) {
        if (band == null) {
            return "band-insufficient";
        }
        return switch (band) {
            case SIGNIFICANTLY_ABOVE, ABOVE -> "band-above";
            case WITHIN -> "band-within";
            case BELOW, SIGNIFICANTLY_BELOW -> "band-below";
            case INSUFFICIENT_DATA -> "band-insufficient";
        };
    }
}
