package com.kpiplatform.support.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who did something, as audit fields record it: the stable subject of their credential (a token's
 * {@code sub}, or an API key's id) and a name to show.
 */
@Schema(name = "Actor", description = "Who did it: the credential's subject and a display name.",
        requiredProperties = {"subject", "name"})
public record Actor(
        @Schema(examples = "7c1d5f0e-4b1a-4d5e-9c1e-2a7c0f4b8d11") String subject,
        @Schema(examples = "ana.lima") String name) {

    /** The platform itself, for what no person asked for (the scheduled evaluation, retries). */
    public static final Actor SYSTEM = new Actor("system", "kpi-platform");
}
