package com.kpiplatform.measurement.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Measurement bodies and shortcuts for writing them over HTTP. */
final class Measurements {

    private Measurements() {
    }

    static Map<String, Object> measurement(String kpiKey, String timestamp, Object value) {
        Map<String, Object> measurement = new LinkedHashMap<>();
        measurement.put("kpiKey", kpiKey);
        measurement.put("timestamp", timestamp);
        measurement.put("value", value);
        return measurement;
    }

    static Map<String, Object> measurement(String kpiKey, String timestamp, Object value, Map<String, String> dimensions) {
        Map<String, Object> measurement = measurement(kpiKey, timestamp, value);
        measurement.put("dimensions", dimensions);
        return measurement;
    }

    static void store(List<Map<String, Object>> batch) {
        given().contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(200);
    }
}
