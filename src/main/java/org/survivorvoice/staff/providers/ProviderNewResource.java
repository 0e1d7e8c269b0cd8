package org.survivorvoice.staff.providers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.provider.NewProvider;
import org.survivorvoice.provider.ProviderInputException;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.provider.ProviderView;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/providers/new}: add a provider through {@link ProviderService#create}, the API's
 * rules and its fresh check-digit code.
 */
@Path("/staff/providers/new")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class ProviderNewResource {

    private final ProviderService providers;
    private final StaffPages pages;
    private final ProviderFormPage form;

    public ProviderNewResource(ProviderService providers, StaffPages pages, ProviderFormPage form) {
        this.providers = providers;
        this.pages = pages;
        this.form = form;
    }

    @GET
    @Operation(summary = "Staff page: the form of a new provider")
    public Response newForm() {
        return pages.html(form.page("providers.new.title", null, "", "", "", null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Staff page: adds a provider, then shows it")
    public Response create(
            @FormParam("name") String name,
            @FormParam("category") String category,
            @FormParam("areaId") String areaId) {
        try {
            ProviderView created =
                    providers.create(
                            new NewProvider(name, category, ProviderForms.areaId(areaId), null));
            return pages.seeOther("/staff/providers/edit/" + created.code() + "?created=1");
        } catch (ProviderInputException e) {
            return pages.html(
                    422,
                    form.page(
                            "providers.new.title",
                            null,
                            name,
                            category,
                            areaId,
                            ProblemList.of(e, pages)));
        }
    }
}
