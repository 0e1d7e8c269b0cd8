package org.survivorvoice.staff.providers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.provider.ProviderChange;
import org.survivorvoice.provider.ProviderInputException;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.provider.ProviderView;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/providers/edit/{code}}: change a provider's name, category and area, or deactivate
 * it; through {@link ProviderService} and its rules, as the API. A code with a wrong check digit is
 * not found, as in the API.
 */
@Path("/staff/providers/edit/{code}")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class ProviderEditResource {

    private static final String LIST = "/staff/providers";

    private final ProviderService providers;
    private final StaffPages pages;
    private final ProviderFormPage form;

    public ProviderEditResource(
            ProviderService providers, StaffPages pages, ProviderFormPage form) {
        this.providers = providers;
        this.pages = pages;
        this.form = form;
    }

    @GET
    @Operation(summary = "Staff page: the form of an existing provider")
    public Response editForm(
            @PathParam("code") String code,
            @QueryParam("created") String created,
            @QueryParam("saved") String saved,
            @QueryParam("deactivated") String deactivated) {
        ProviderView provider;
        try {
            provider = providers.get(code);
        } catch (NotFoundException e) {
            return notFound();
        }
        String done =
                created != null
                        ? pages.text("providers.created", Map.of("code", provider.code()))
                        : saved != null ? pages.text("providers.saved") : null;
        return pages.html(
                form.page(
                                "providers.edit.title",
                                provider,
                                provider.name(),
                                provider.category(),
                                provider.areaId().toString(),
                                null)
                        .data("done", deactivated != null ? null : done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Staff page: changes a provider's name, category and area")
    public Response update(
            @PathParam("code") String code,
            @FormParam("name") String name,
            @FormParam("category") String category,
            @FormParam("areaId") String areaId) {
        try {
            ProviderView provider =
                    providers.update(
                            code, new ProviderChange(name, category, ProviderForms.areaId(areaId)));
            return pages.seeOther("/staff/providers/edit/" + provider.code() + "?saved=1");
        } catch (NotFoundException e) {
            return notFound();
        } catch (ProviderInputException e) {
            ProviderView provider = providers.get(code);
            return pages.html(
                    422,
                    form.page(
                            "providers.edit.title",
                            provider,
                            name,
                            category,
                            areaId,
                            ProblemList.of(e, pages)));
        }
    }

    @POST
    @Path("/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Staff page: deactivates a provider")
    public Response deactivate(@PathParam("code") String code) {
        try {
            ProviderView provider = providers.deactivate(code);
            return pages.seeOther("/staff/providers/edit/" + provider.code() + "?deactivated=1");
        } catch (NotFoundException e) {
            return notFound();
        }
    }

    private Response notFound() {
        return pages.notice(404, "common.not-found.title", "common.not-found", LIST);
    }
}
