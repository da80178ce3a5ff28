package com.kpiplatform.support.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON with a key twice ({@code {"note":"a","note":"b"}}) is refused as malformed: parsers
 * disagree about which value counts, and one of the platform's readers would otherwise fail on it
 * as an internal error. A string holding NUL ({@code "\u0000"}) is refused as an invalid value of
 * its field: PostgreSQL cannot store it in text.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** What a client reads when a string holds NUL. */
    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings()));
    }

    /** Strings as usual, but never with NUL. */
    static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
