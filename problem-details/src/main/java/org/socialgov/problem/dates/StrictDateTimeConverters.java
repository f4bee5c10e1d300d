package org.socialgov.problem.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.TypeConverterRegistrar;
import jakarta.inject.Singleton;

/**
 * Query, path and header values that are dates or date-times are read as RFC 3339 ({@link Rfc3339}). A value that
 * is not becomes a conversion error, which the web layer answers as 400 naming the parameter.
 *
 * <p>Micronaut registers its own lenient ISO converters (TimeConverterRegistrar, loaded as a service) when the
 * conversion service is created; the application context registers registrar beans such as this one afterwards,
 * for the same source and target types, so these replace those.
 */
@Singleton
public class StrictDateTimeConverters implements TypeConverterRegistrar {

    @Override
    public void register(MutableConversionService conversionService) {
        add(conversionService, LocalDate.class, Rfc3339::date);
        add(conversionService, OffsetDateTime.class, Rfc3339::dateTime);
        add(conversionService, Instant.class, text -> Rfc3339.dateTime(text).toInstant());
    }

    private static <T> void add(MutableConversionService conversionService, Class<T> type,
                                Function<CharSequence, T> parse) {
        conversionService.addConverter(CharSequence.class, type,
            (CharSequence text, Class<T> target, ConversionContext context) -> {
                try {
                    return Optional.of(parse.apply(text));
                } catch (DateTimeException e) {
                    context.reject(text, e);
                    return Optional.empty();
                }
            });
    }
}
