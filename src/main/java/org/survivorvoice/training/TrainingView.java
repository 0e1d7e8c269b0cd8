package org.survivorvoice.training;

import java.time.LocalDate;
import java.util.List;
import org.survivorvoice.encounter.Pillar;

/**
 * A training event as the API and the pages show it: no survivor data at all, and counts of staff
 * (not of survivors), so nothing here is rounded.
 *
 * @param staffTrained the sum of the providers' staff counts
 */
public record TrainingView(
        long id,
        LocalDate heldOn,
        String topic,
        String organiser,
        Pillar pillar,
        List<TrainedProvider> providers,
        int staffTrained) {

    /**
     * A provider whose staff attended.
     *
     * @param category the provider category's code ({@code POLICE})
     * @param district the name of the provider's district
     */
    public record TrainedProvider(
            String code, String name, String category, String district, int staffCount) {}

    static TrainingView of(TrainingEvent event) {
        List<TrainedProvider> providers =
                event.attendance.stream()
                        .map(
                                a ->
                                        new TrainedProvider(
                                                a.provider.code,
                                                a.provider.name,
                                                a.provider.category.code,
                                                a.provider.district.name,
                                                a.staffCount))
                        .toList();
        return new TrainingView(
                event.id,
                event.heldOn,
                event.topic,
                event.organiser,
                event.pillar,
                providers,
                providers.stream().mapToInt(TrainedProvider::staffCount).sum());
    }
}
