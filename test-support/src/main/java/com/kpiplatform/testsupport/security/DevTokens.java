package com.kpiplatform.testsupport.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/** Signed tokens from the test's development issuer ({@link DevIssuerResource}), minted over HTTP. */
public final class DevTokens {

    /** The system property that names the running test application's issuer. */
    public static final String ISSUER_PROPERTY = "kpi-platform.test.dev-issuer";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DevTokens() {
    }

    public static String admin() {
        return person("test-admin", List.of("admin"), List.of());
    }

    public static String viewer() {
        return person("test-viewer", List.of("viewer"), List.of());
    }

    public static String editor(String... teams) {
        return person("test-editor", List.of("editor"), List.of(teams));
    }

    /** A person whose name is also their subject. */
    public static String person(String name, List<String> roles, List<String> teams) {
        return mint(Map.of("subject", name, "name", name, "roles", roles, "teams", teams));
    }

    /** A token as described (see the issuer's {@code POST /dev/tokens}). */
    public static String mint(Map<String, Object> request) {
        return (String) call("/dev/tokens", JsonUtil.toJson(request)).get("access_token");
    }

    /** A new signing key at the issuer; returns its key id. */
    public static String rotateKey() {
        return (String) call("/dev/rotate", "{}").get("kid");
    }

    /** The issuer's identifier (and base URL). */
    public static String issuer() {
        String issuer = System.getProperty(ISSUER_PROPERTY);
        if (issuer == null) {
            throw new IllegalStateException("No development issuer: the test class needs @WithTestResource(DevIssuerResource.class)");
        }
        return issuer;
    }

    private static Map<String, Object> call(String path, String json) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The development issuer answered " + answer.statusCode() + ": " + answer.body());
            }
            return JsonUtil.parseJson(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("The development issuer answered something that is not JSON", e);
        }
    }
}
