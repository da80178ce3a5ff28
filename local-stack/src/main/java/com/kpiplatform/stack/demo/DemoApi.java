package com.kpiplatform.stack.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The platform's public HTTP API as the demo loader uses it: JSON over java.net.http, a bearer token
 * (or an API key for ingest), and a retry when a service asks for one (429 or 503 with
 * {@code Retry-After}). Failures name the call and carry the problem's detail.
 */
final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static final int ATTEMPTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A service's answer: status, body (null when empty or not JSON) and the ETag, if any. */
    record Answer(int status, JsonNode body, String etag) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String header;
    private final String credential;

    private DemoApi(URI base, String header, String credential) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.header = header;
        this.credential = credential;
    }

    /** Calls with a person's token, as {@code Authorization: Bearer}. */
    static DemoApi withToken(URI base, String token) {
        return new DemoApi(base, "Authorization", "Bearer " + token);
    }

    /** Calls with an API key, as {@code X-API-Key}. */
    static DemoApi withApiKey(URI base, String secret) {
        return new DemoApi(base, "X-API-Key", secret);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String query(Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer post(String path, Object body) {
        return send("POST", path, body, null);
    }

    Answer put(String path, Object body, String ifMatch) {
        return send("PUT", path, body, ifMatch);
    }

    Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** GET that must succeed. */
    JsonNode read(String path) {
        return expect(get(path), "GET " + path);
    }

    /** The answer's body when its status is 2xx; else an exception naming the call and the problem. */
    static JsonNode expect(Answer answer, String call) {
        if (!answer.ok()) {
            String detail = answer.body() == null ? "" : answer.body().path("detail").asText(answer.body().toString());
            JsonNode errors = answer.body() == null ? null : answer.body().get("errors");
            throw new IllegalStateException(call + " answered HTTP " + answer.status() + ": " + detail
                    + (errors == null ? "" : " " + errors));
        }
        return answer.body();
    }

    private Answer send(String method, String path, Object body, String ifMatch) {
        URI uri = base.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header(header, credential)
                .header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(write(body)));
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + uri + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + uri + " was interrupted", e);
            }
            int status = response.statusCode();
            if ((status == 429 || status == 503) && attempt < ATTEMPTS) {
                pause(retryAfter(response));
                continue;
            }
            return new Answer(status, parse(response.body()), response.headers().firstValue("ETag").orElse(null));
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        try {
            return Duration.ofSeconds(Math.min(10, Math.max(1, Long.parseLong(header.orElse("1").trim()))));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
