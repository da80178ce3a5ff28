package com.kpiplatform.benchmarks;

import com.kpiplatform.stack.ServiceDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to the services with a bearer token, answering their status; the JDK's client, for the lighter loads. */
final class ServiceHttp {

    /** As long as the latency histograms reach: a slower answer is a failed request. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;

    ServiceHttp(String token) {
        this.token = token;
    }

    int post(ServiceDefinition service, String path, byte[] json) throws Exception {
        return send(post(service, path, HttpRequest.BodyPublishers.ofByteArray(json)), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    int get(ServiceDefinition service, String path) throws Exception {
        return send(request(service, path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A JSON POST to build on, for a caller that wants the answer's body. */
    HttpRequest post(ServiceDefinition service, String path, HttpRequest.BodyPublisher json) {
        return request(service, path).header("Content-Type", "application/json").POST(json).build();
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        return HTTP.send(request, body);
    }

    private HttpRequest.Builder request(ServiceDefinition service, String path) {
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }
}
