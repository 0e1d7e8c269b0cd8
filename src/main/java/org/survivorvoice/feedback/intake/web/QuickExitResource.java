package org.survivorvoice.feedback.intake.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.web.WebConfig;

/**
 * The quick-exit link of every survivor page: leaves at once for a neutral site, and asks the
 * browser to forget our cookies (language, CSRF) so a shared handset shows less of the visit. Going
 * through here keeps every page free of links to other hosts.
 */
@Path("/exit")
@PermitAll
@SurvivorPage
public class QuickExitResource {

    private final WebConfig config;

    public QuickExitResource(WebConfig config) {
        this.config = config;
    }

    @GET
    @Operation(summary = "Quick exit: redirects to a neutral site")
    @APIResponse(
            responseCode = "303",
            description = "To the neutral site; the browser drops this site's cookies")
    public Response leave() {
        return Response.seeOther(URI.create(config.quickExitUrl()))
                .header("Clear-Site-Data", "\"cookies\"")
                .build();
    }
}
