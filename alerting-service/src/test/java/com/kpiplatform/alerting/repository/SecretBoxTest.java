package com.kpiplatform.alerting.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String K1 = "k1:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String K2 = "k2:" + Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    private static final String URL = "https://hooks.slack.com/services/T000/B000/secret";

    @Test
    void aSealedValueNamesItsKeyDiffersEveryTimeAndOpensAgain() {
        SecretBox box = new SecretBox(List.of(K1));
        String sealed = box.seal(URL);
        assertThat(sealed).startsWith("enc:v1:k1:").doesNotContain("secret").isNotEqualTo(box.seal(URL));
        assertThat(box.open(sealed)).isEqualTo(URL);
        assertThat(box.seal(null)).isNull();
        assertThat(box.open(null)).isNull();
    }

    @Test
    void afterARotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        String underK1 = new SecretBox(List.of(K1)).seal(URL);
        SecretBox rotated = new SecretBox(List.of(K2, K1));
        assertThat(rotated.open(underK1)).isEqualTo(URL);
        assertThat(rotated.isCurrent(underK1)).isFalse();
        assertThat(rotated.seal(URL)).startsWith("enc:v1:k2:");
        assertThatThrownBy(() -> new SecretBox(List.of(K2)).open(underK1)).hasMessageContaining("'k1'")
                .hasMessageContaining("does not list");
    }

    @Test
    void aTamperedValueOrAnotherKeyUnderTheSameIdDoesNotOpen() {
        String sealed = new SecretBox(List.of(K1)).seal(URL);
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThatThrownBy(() -> new SecretBox(List.of(K1)).open(tampered)).isInstanceOf(IllegalStateException.class);
        String sameIdOtherKey = "k1:" + K2.substring(3);
        assertThatThrownBy(() -> new SecretBox(List.of(sameIdOtherKey)).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutKeysValuesStayAsTheyAreAndMalformedKeysAreRefused() {
        SecretBox none = new SecretBox(List.of());
        assertThat(none.hasKey()).isFalse();
        assertThat(none.seal(URL)).isEqualTo(URL);
        assertThat(none.isCurrent(URL)).isTrue();
        assertThat(new SecretBox(List.of(K1)).isCurrent(URL)).isFalse();
        for (String malformed : List.of("no-colon", "k1:not base64!", "k1:" + Base64.getEncoder().encodeToString(new byte[7]),
                ":" + K1.substring(3))) {
            assertThatThrownBy(() -> new SecretBox(List.of(malformed))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ALERTING_SECRET_KEYS");
        }
    }
}
