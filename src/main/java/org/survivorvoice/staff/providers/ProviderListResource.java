package org.survivorvoice.staff.providers;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.provider.ProviderChoices;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.provider.ProviderView;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/** {@code /staff/providers}: every provider, a page at a time, by district and category. */
@Path("/staff/providers")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class ProviderListResource {

    static final int PAGE_SIZE = 25;

    private final ProviderService providers;
    private final StaffPages pages;
    private final Template list;

    public ProviderListResource(
            ProviderService providers,
            StaffPages pages,
            @Location("staff/providers/list.html") Template list) {
        this.providers = providers;
        this.pages = pages;
        this.list = list;
    }

    @GET
    @Operation(summary = "Staff page: providers, filtered by district and category")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html"))
    @APIResponse(
            responseCode = "400",
            description = "A page past any possible result, or not a page number",
            content = @Content(mediaType = "text/html"))
    public Response list(
            @QueryParam("district") String district,
            @QueryParam("category") String category,
            @QueryParam("page") String page) {
        Long districtId = wholeNumber(district);
        String categoryCode = category == null || category.isBlank() ? null : category.strip();
        PageRequest request;
        try {
            request = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        } catch (DomainException e) {
            return pages.notice(400, "providers.title", "providers.bad-page", "/staff/providers");
        }
        int pageNumber = request.page();
        ProviderChoices choices = providers.choices();
        PageResult<ProviderView> found = providers.search(districtId, categoryCode, null, request);
        Map<String, String> categoryNames =
                choices.categories().stream()
                        .collect(
                                Collectors.toMap(
                                        ProviderChoices.Choice::value,
                                        ProviderChoices.Choice::label));
        List<ProviderRow> rows =
                found.items().stream().map(p -> ProviderForms.row(p, categoryNames)).toList();
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String filter =
                (districtId == null ? "" : "&district=" + districtId)
                        + (categoryCode == null
                                ? ""
                                : "&category="
                                        + URLEncoder.encode(categoryCode, StandardCharsets.UTF_8));
        return this.pages.html(
                this.pages
                        .page(list, "providers.title")
                        .data("rows", rows)
                        .data(
                                "districts",
                                Option.of(
                                        choices.districts(),
                                        false,
                                        districtId == null ? null : districtId.toString()))
                        .data("categories", ProviderForms.categoryOptions(choices, categoryCode))
                        .data(
                                "paging",
                                this.pages.text(
                                        "providers.paging",
                                        Map.of(
                                                "page", Integer.toString(pageNumber + 1),
                                                "pages", Long.toString(pages),
                                                "total", Long.toString(found.total()))))
                        .data(
                                "previous",
                                pageNumber == 0
                                        ? null
                                        : "/staff/providers?page=" + (pageNumber - 1) + filter)
                        .data(
                                "next",
                                pageNumber + 1 >= pages
                                        ? null
                                        : "/staff/providers?page=" + (pageNumber + 1) + filter));
    }

    private static Long wholeNumber(String text) {
        return text != null && text.strip().matches("[0-9]{1,18}")
                ? Long.valueOf(text.strip())
                : null;
    }
}
