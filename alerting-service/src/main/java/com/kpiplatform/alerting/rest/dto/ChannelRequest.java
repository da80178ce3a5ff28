package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.alerting.domain.delivery.ChannelType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A channel to create or replace. Secrets are write-only: on update, an omitted url (SLACK) or secret keeps the stored one. */
@Schema(name = "ChannelRequest")
public record ChannelRequest(
        @Schema(examples = "#sales-kpis") @NotBlank @Size(max = 100) String name,
        @NotNull ChannelType type,
        @Schema(description = "SLACK: the incoming-webhook URL (a secret, never answered back). WEBHOOK: the URL to POST to.",
                examples = "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX")
        @Size(max = 2000) String url,
        @Schema(description = "WEBHOOK only: the HMAC-SHA256 key that signs each body (X-Signature); write-only.",
                writeOnly = true)
        @Size(min = 16, max = 500) String secret,
        @Schema(description = "EMAIL only: who gets the mails.", examples = "[\"sales-leads@example.com\"]")
        @Size(max = 50) List<@NotBlank @Email @Size(max = 320) String> recipients) {
}
