package org.survivorvoice.staff.trainings;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.staff.StaffPages;
import org.survivorvoice.training.TrainingView;

/**
 * {@code /staff/trainings} in the staff frame: the events as {@code TrainingQueries} answered them,
 * and for admins the form that records one, with what was typed and each problem next to its field.
 */
@ApplicationScoped
public class TrainingPages {

    /** An event as a row of the list. */
    public record Row(
            long id,
            String heldOn,
            String topic,
            String organiser,
            String pillarKey,
            int providers,
            int staff) {}

    /** A provider row of the form: what was typed and the message keys of its problems. */
    public record FormRow(
            int index,
            int number,
            String code,
            String staff,
            String codeError,
            String staffError) {}

    /** A choice of the pillar select. */
    public record Choice(String value, String labelKey, boolean selected) {}

    private final StaffPages pages;
    private final Template list;

    public TrainingPages(StaffPages pages, @Location("staff/trainings/list.html") Template list) {
        this.pages = pages;
        this.list = list;
    }

    /** A notice page of the trainings area, with the way back to the list. */
    Response notice(int status, String textKey) {
        return pages.notice(status, "trainings.title", textKey, "/staff/trainings");
    }

    /**
     * The list of the page of events; the form only when {@code form} is given (an admin), with the
     * problems by field as message keys.
     */
    Response list(
            int status,
            PageResult<TrainingView> events,
            TrainingForm form,
            Map<String, String> errors,
            boolean recorded) {
        List<Row> rows =
                events.items().stream()
                        .map(
                                e ->
                                        new Row(
                                                e.id(),
                                                e.heldOn().toString(),
                                                e.topic(),
                                                e.organiser(),
                                                "trainings.pillar." + e.pillar(),
                                                e.providers().size(),
                                                e.staffTrained()))
                        .toList();
        boolean hasNext = (long) (events.page() + 1) * events.size() < events.total();
        return pages.html(
                status,
                pages.page(list, "trainings.title")
                        .data("rows", rows)
                        .data("total", events.total())
                        .data("previous", events.page() - 1)
                        .data("next", hasNext ? events.page() + 1 : -1)
                        .data("form", form)
                        .data("formRows", form == null ? List.of() : formRows(form, errors))
                        .data("pillars", form == null ? List.of() : pillars(form.pillar()))
                        .data("errors", errors)
                        .data("hasErrors", !errors.isEmpty())
                        .data("recorded", recorded));
    }

    private static List<FormRow> formRows(TrainingForm form, Map<String, String> errors) {
        return form.shownRows().stream()
                .map(
                        r ->
                                new FormRow(
                                        r.index(),
                                        r.index() + 1,
                                        r.code(),
                                        r.staff(),
                                        errors.get(TrainingForm.codeField(r.index())),
                                        errors.get(TrainingForm.staffField(r.index()))))
                .toList();
    }

    private static List<Choice> pillars(String chosen) {
        return Arrays.stream(Pillar.values())
                .map(
                        p ->
                                new Choice(
                                        p.name(),
                                        "trainings.pillar." + p.name(),
                                        p.name().equalsIgnoreCase(chosen)))
                .toList();
    }
}
