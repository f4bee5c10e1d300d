package org.socialgov.contract.web;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.socialgov.contract.api.Fees;
import org.socialgov.contract.api.Money;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.ProviderKind;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.SocialPlatform;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.domain.ContractState;
import org.socialgov.contract.query.ContractView;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.ContractStatus;
import org.socialgov.contract.web.generated.model.EventHistory;
import org.socialgov.contract.web.generated.model.Platform;
import org.socialgov.contract.web.generated.model.RecordedEvent;

/**
 * Translates between the API's generated models and the domain's messages. The API and the domain evolve apart,
 * so neither leaks into the other.
 */
final class ContractModelMapper {

    private ContractModelMapper() {
    }

    static Provider toDomain(org.socialgov.contract.web.generated.model.Provider provider) {
        return new Provider(provider.getProviderId(), provider.getName(),
            ProviderKind.valueOf(provider.getKind().name()));
    }

    static Scope toDomain(org.socialgov.contract.web.generated.model.Scope scope) {
        EnumSet<SocialPlatform> platforms = EnumSet.noneOf(SocialPlatform.class);
        scope.getPlatforms().forEach(platform -> platforms.add(SocialPlatform.valueOf(platform.name())));
        return new Scope(platforms, scope.getPostsPerMonth());
    }

    static Fees toDomain(org.socialgov.contract.web.generated.model.Fees fees) {
        return new Fees(new Money(fees.getCurrency(), new BigDecimal(fees.getBaseMonthlyFee())));
    }

    static Term toDomain(org.socialgov.contract.web.generated.model.Term term) {
        return new Term(term.getStart(), term.getEnd());
    }

    static Contract toModel(ContractView view) {
        ContractState contract = view.contract();
        return new Contract(contract.contractId(), view.version(), ContractStatus.valueOf(contract.status().name()),
            contract.title(), toModel(contract.provider()), toModel(contract.scope()), toModel(contract.fees()),
            new org.socialgov.contract.web.generated.model.Term(contract.term().start(), contract.term().end()));
    }

    private static org.socialgov.contract.web.generated.model.Provider toModel(Provider provider) {
        return new org.socialgov.contract.web.generated.model.Provider(provider.providerId(), provider.name(),
            org.socialgov.contract.web.generated.model.ProviderKind.valueOf(provider.kind().name()));
    }

    private static org.socialgov.contract.web.generated.model.Scope toModel(Scope scope) {
        Set<Platform> platforms = scope.platforms().stream()
            .map(platform -> Platform.valueOf(platform.name()))
            .collect(Collectors.toCollection(LinkedHashSet::new));
        return new org.socialgov.contract.web.generated.model.Scope(platforms, scope.postsPerMonth());
    }

    private static org.socialgov.contract.web.generated.model.Fees toModel(Fees fees) {
        Money base = fees.baseMonthlyFee();
        return new org.socialgov.contract.web.generated.model.Fees(base.currency(), base.amount().toPlainString());
    }

    static EventHistory toModel(String contractId, List<org.socialgov.platform.history.RecordedEvent> events) {
        return new EventHistory(contractId, events.stream().map(ContractModelMapper::toModel).toList());
    }

    private static RecordedEvent toModel(org.socialgov.platform.history.RecordedEvent event) {
        RecordedEvent model = new RecordedEvent(event.sequenceNumber(), event.eventType(),
            event.occurredAt().atOffset(ZoneOffset.UTC), event.tenant(), event.actor(), event.payload());
        model.setActorRole(event.actorRole());
        model.setReason(event.reason());
        model.setRequestId(event.requestId());
        model.setCorrelationId(event.correlationId());
        return model;
    }
}
