package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.rest.dto.QueuedDigests;
import com.kpiplatform.alerting.service.delivery.Digests;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Weekly digests, on demand. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/digests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
public class DigestResource {

    @Inject
    Digests digests;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/run")
    @Operation(operationId = "runDigests", summary = "Queue this week's digests now", description = "They also go out on `alerting.digest.cron` "
            + "(Mondays 08:00 UTC). A week's digest is queued once per subscription and owner: running it again "
            + "queues only what is missing. The deliveries appear under /api/v1/deliveries with kind DIGEST.")
    @APIResponse(responseCode = "200", description = "How many digests were queued",
            content = @Content(schema = @Schema(implementation = QueuedDigests.class)))
    public QueuedDigests run() {
        return new QueuedDigests(digests.run());
    }
}
