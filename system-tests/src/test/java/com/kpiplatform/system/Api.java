package com.kpiplatform.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to one of the services as a caller: a person's bearer token or an integration's API key. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String token, String baseUrl) {
        return RestAssured.given().baseUri(baseUrl).auth().oauth2(token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static RequestSpecification withKey(String apiKey, String baseUrl) {
        return RestAssured.given().baseUri(baseUrl).header("X-API-Key", apiKey).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
