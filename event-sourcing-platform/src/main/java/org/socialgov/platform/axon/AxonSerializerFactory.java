package org.socialgov.platform.axon;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Events, snapshots and tokens are stored as JSON: readable by an auditor with any MongoDB tool, and stable across
 * refactorings of class internals (unlike XStream, Axon's default).
 */
@Factory
public class AxonSerializerFactory {

    public static final String EVENT_JSON = "eventJson";
    public static final String SNAPSHOTS = "snapshots";

    @Singleton
    @Named(EVENT_JSON)
    public ObjectMapper eventObjectMapper() {
        ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // Amounts are recorded as exact decimal strings ("2500.00"), never as JSON numbers a reader may turn into
        // floating point.
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }

    /**
     * Snapshots hold an aggregate's private fields, which have no getters by design (state changes only through
     * events), so this serializer reads and writes fields directly.
     */
    @Singleton
    @Named(SNAPSHOTS)
    public Serializer snapshotSerializer(@Named(EVENT_JSON) ObjectMapper eventObjectMapper) {
        ObjectMapper fieldMapper = eventObjectMapper.copy()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fieldMapper).build();
    }

    @Primary
    @Singleton
    public Serializer axonSerializer(@Named(EVENT_JSON) ObjectMapper objectMapper) {
        return JacksonSerializer.builder().objectMapper(objectMapper).build();
    }
}
