package org.survivorvoice.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;

/** Service providers and duty bearers. */
@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
public class ProviderResource {

    private static final MediaType XLSX_TYPE = MediaType.valueOf(ProviderSheet.XLSX);

    private final ProviderService providers;

    public ProviderResource(ProviderService providers) {
        this.providers = providers;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER})
    public PageResult<ProviderView> search(
            @QueryParam("district") String district,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return providers.search(
                QueryParameters.longValue("district", district),
                category,
                q,
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER})
    public ProviderView get(@PathParam("code") String code) {
        return providers.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Created, with its new code (digits, Verhoeff check digit last)",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public Response create(@NotNull @Valid NewProvider request) {
        ProviderView created = providers.create(request);
        return Response.created(URI.create("/api/v1/providers/" + created.code()))
                .entity(created)
                .build();
    }

    @POST
    @Path("/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ProviderSheet.CSV, ProviderSheet.XLSX})
    @ResponseStatus(201)
    @Operation(summary = "Import providers from a .csv or .xlsx file: every row or none")
    @RequestBody(
            required = true,
            description =
                    "The file itself. First row: the columns name, category, areaId and"
                            + " (optional) languages, in any order and case; at most "
                            + ProviderSheet.MAX_ROWS
                            + " rows; CSV as UTF-8.",
            content = {
                @Content(
                        mediaType = ProviderSheet.CSV,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = ProviderSheet.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description = "Every row created; codes in the order of the rows",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProviderImportResult.class)))
    public ProviderImportResult importFile(@Context HttpHeaders headers, byte[] body) {
        boolean workbook = XLSX_TYPE.isCompatible(headers.getMediaType());
        return providers.importAll(
                workbook ? ProviderSheet.readXlsx(body) : ProviderSheet.readCsv(body));
    }
}
