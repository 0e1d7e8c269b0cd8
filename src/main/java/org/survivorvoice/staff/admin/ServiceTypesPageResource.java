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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.encounter.PillarChange;
import org.survivorvoice.encounter.ServiceTypeService;
import org.survivorvoice.encounter.ServiceTypeView;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/service-types}: every service type with the pillar the Outcomes sheet reports it
 * under, and a form per type to move it to another pillar.
 */
@Path("/staff/service-types")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class ServiceTypesPageResource {

    private final StaffPages pages;
    private final ServiceTypeService types;
    private final Template page;

    public ServiceTypesPageResource(
            StaffPages pages,
            ServiceTypeService types,
            @Location("staff/admin/service-types.html") Template page) {
        this.pages = pages;
        this.types = types;
        this.page = page;
    }

    /** A pillar of a select: its value, the key of its name, whether the type is in it. */
    public record PillarChoice(String value, String labelKey, boolean current) {}

    /** A row of the table: the type and the pillars to choose from. */
    public record TypeRow(String code, String name, String pillarKey, List<PillarChoice> pillars) {}

    @GET
    @Operation(summary = "Service types page: the types and their pillars (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html"))
    public Response list(@QueryParam("done") String done) {
        return render(200, "moved".equals(done) ? "servicetypes.moved" : null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Service types page: move a type to another pillar (HTML form, CSRF token)")
    public Response move(@FormParam("code") String code, @FormParam("pillar") String pillar) {
        try {
            types.changePillar(code, new PillarChange(pillar));
            return pages.seeOther("/staff/service-types?done=moved");
        } catch (DomainException e) {
            return render(AdminErrors.status(e), null, AdminErrors.keys("servicetypes", e));
        }
    }

    private Response render(int status, String noticeKey, List<String> errors) {
        List<TypeRow> rows =
                types.list().stream()
                        .map(
                                (ServiceTypeView t) ->
                                        new TypeRow(
                                                t.code(),
                                                t.name(),
                                                pillarKey(t.pillar()),
                                                Arrays.stream(Pillar.values())
                                                        .map(
                                                                p ->
                                                                        new PillarChoice(
                                                                                p.name(),
                                                                                pillarKey(p),
                                                                                p == t.pillar()))
                                                        .toList()))
                        .toList();
        return pages.html(
                status,
                pages.page(page, "servicetypes.title")
                        .data("types", rows)
                        .data("noticeKey", noticeKey)
                        .data("errors", errors));
    }

    /** The key of a pillar's name in the four languages. */
    static String pillarKey(Pillar pillar) {
        return "servicetypes.pillar." + pillar.name().toLowerCase();
    }
}
