package org.survivorvoice.training;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.encounter.Pillar;

/**
 * A training event as an admin records it; {@link TrainingService#record} checks every field and
 * names the ones that are wrong.
 */
public record NewTraining(
        @Schema(
                        description =
                                "the day it was held, in the programme's calendar; not in the"
                                        + " future, not before 2000",
                        example = "2026-03-14")
                LocalDate heldOn,
        @Schema(maxLength = 200, example = "Survivor-centred investigation") String topic,
        @Schema(maxLength = 200, example = "State Police Academy") String organiser,
        Pillar pillar,
        @Schema(description = "the providers whose staff attended, each once; at least one")
                List<NewAttendance> attendance) {

    /** A provider whose staff attended, and how many of them. */
    public record NewAttendance(
            @Schema(example = "123458") String providerCode,
            @Schema(minimum = "1", maximum = "10000") Integer staffCount) {}

    @Override
    public String toString() {
        return "NewTraining["
                + heldOn
                + ", "
                + pillar
                + ", "
                + (attendance == null ? 0 : attendance.size())
                + " providers]";
    }
}
