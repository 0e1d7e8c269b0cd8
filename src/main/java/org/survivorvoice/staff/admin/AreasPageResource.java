package org.survivorvoice.staff.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.area.AreaService;
import org.survivorvoice.area.AreaView;
import org.survivorvoice.area.NewArea;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/** {@code /staff/areas}: states, districts, blocks and gram panchayats; list one level, add one. */
@Path("/staff/areas")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class AreasPageResource {

    private final StaffPages pages;
    private final AreaService areas;
    private final AdminChoices choices;
    private final Template page;

    public AreasPageResource(
            StaffPages pages,
            AreaService areas,
            AdminChoices choices,
            @Location("staff/admin/areas.html") Template page) {
        this.pages = pages;
        this.areas = areas;
        this.choices = choices;
        this.page = page;
    }

    /** A level of the filter and of the form: its value and the key of its name. */
    public record LevelChoice(String value, String labelKey, boolean current) {}

    /** A possible parent: its id and "level: name". */
    public record ParentChoice(long id, String levelKey, String name) {}

    @GET
    @Operation(summary = "Areas page: areas of a level (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html"))
    @APIResponse(
            responseCode = "400",
            description = "Unknown level or page",
            content = @Content(mediaType = "text/html"))
    public Response list(
            @QueryParam("level") String level,
            @QueryParam("page") String pageNumber,
            @QueryParam("done") String done) {
        AreaLevel chosen;
        PageRequest request;
        try {
            chosen = QueryParameters.enumValue("level", AreaLevel.class, level);
            request = PageRequest.of(pageNumber, null);
        } catch (DomainException e) {
            return pages.notice(400, "admin.areas.title", "admin.areas.bad-filter", "/staff/areas");
        }
        return render(
                200,
                chosen == null ? AreaLevel.DISTRICT : chosen,
                request,
                "created".equals(done) ? "admin.areas.created" : null,
                List.of(),
                Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Areas page: add an area (HTML form, CSRF token)")
    public Response create(
            @FormParam("name") String name,
            @FormParam("level") String level,
            @FormParam("parent") String parent) {
        try {
            AreaLevel areaLevel = QueryParameters.enumValue("level", AreaLevel.class, level);
            if (areaLevel == null) {
                throw new InvalidInputException("level", "is required");
            }
            if (name == null || name.isBlank() || name.strip().length() > 120) {
                throw new InvalidInputException("name", "1 to 120 characters");
            }
            Long parentId =
                    parent == null || parent.isBlank()
                            ? null
                            : QueryParameters.longValue("parentId", parent);
            AreaView created = areas.create(new NewArea(name, areaLevel, parentId));
            return pages.seeOther("/staff/areas?level=" + created.level() + "&done=created");
        } catch (DomainException e) {
            return render(
                    AdminErrors.status(e),
                    AreaLevel.DISTRICT,
                    new PageRequest(0, PageRequest.DEFAULT_SIZE),
                    null,
                    AdminErrors.keys("admin.areas", e),
                    Map.of("name", name == null ? "" : name));
        }
    }

    private Response render(
            int status,
            AreaLevel level,
            PageRequest request,
            String noticeKey,
            List<String> errors,
            Map<String, String> entered) {
        PageResult<AreaView> shown = areas.list(level, null, request);
        List<ParentChoice> parents = new ArrayList<>();
        for (AreaLevel parentLevel :
                List.of(AreaLevel.STATE, AreaLevel.DISTRICT, AreaLevel.BLOCK)) {
            for (AreaView area : choices.areas(parentLevel)) {
                parents.add(new ParentChoice(area.id(), levelKey(parentLevel), area.name()));
            }
        }
        return pages.html(
                status,
                pages.page(page, "admin.areas.title")
                        .data("areas", shown)
                        .data("levelKey", levelKey(level))
                        .data(
                                "levels",
                                Arrays.stream(AreaLevel.values())
                                        .map(
                                                l ->
                                                        new LevelChoice(
                                                                l.name(), levelKey(l), l == level))
                                        .toList())
                        .data("parents", parents)
                        .data(
                                "hasNext",
                                (long) (request.page() + 1) * request.size() < shown.total())
                        .data("next", request.page() + 1)
                        .data("previous", request.page() - 1)
                        .data("level", level.name())
                        .data("noticeKey", noticeKey)
                        .data("errors", errors)
                        .data("entered", entered));
    }

    private static String levelKey(AreaLevel level) {
        return "admin.level." + level.name().toLowerCase().replace('_', '-');
    }
}
