package org.socialgov.contract.config;

import java.util.Optional;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.TypeConverterRegistrar;
import jakarta.inject.Singleton;
import org.socialgov.contract.web.generated.model.ContractListSort;

/**
 * A contract list's {@code sort} is read exactly as the spec spells it. Micronaut's own enum conversion also takes a
 * constant's Java name and spellings that normalise to it ({@code TERM_END}, {@code --termEnd}); those are unknown
 * sorts, so they become a conversion error, which the web layer answers as 400 naming the parameter. Registered after
 * Micronaut's own converters, for this type, so it replaces them (as {@code StrictDateTimeConverters}).
 */
@Singleton
public class StrictContractListSortConverter implements TypeConverterRegistrar {

    @Override
    public void register(MutableConversionService conversionService) {
        conversionService.addConverter(CharSequence.class, ContractListSort.class,
            (CharSequence text, Class<ContractListSort> target, ConversionContext context) -> {
                try {
                    return Optional.of(ContractListSort.fromValue(text.toString()));
                } catch (IllegalArgumentException e) {
                    context.reject(text, e);
                    return Optional.empty();
                }
            });
    }
}
