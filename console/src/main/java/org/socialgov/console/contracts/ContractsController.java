package org.socialgov.console.contracts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblem;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * The contract manager's list of the company's contracts: agency, status, term and renewal cancel-by date, filtered
 * as the API filters, paged by its cursor, and sorted by a column within the page shown.
 */
@Controller("/contracts")
@Produces(Pages.HTML)
public class ContractsController {

    static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final int PAGE_SIZE = 20;
    private static final String TITLE = "Contracts";

    private final GatewayApi api;

    public ContractsController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> contracts(HttpRequest<?> request, @Nullable @QueryValue String status,
                                     @Nullable @QueryValue String providerId,
                                     @Nullable @QueryValue String endsWithinDays, @Nullable @QueryValue String sort,
                                     @Nullable @QueryValue String cursor) {
        ConsoleSession session = Pages.requireRole(request, Roles.CONTRACT_MANAGER);
        ContractsQuery query = ContractsQuery.of(status, providerId, endsWithinDays, sort, cursor);
        if (!query.cursor().isEmpty() && !CURSOR.matcher(query.cursor()).matches()) {
            throw new PageNotFoundException();
        }
        ContractList list;
        try {
            list = api.get(session, "/api/contracts" + query.apiQuery(PAGE_SIZE), ContractList.class);
        } catch (ApiProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            ApiProblem problem = e.problem();
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.view(request, "contract-list", TITLE,
                new ContractsPage(List.of(), query, null, problem.title(), problem.detail(), problem.fieldMessages())));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<ContractRow> rows = new ArrayList<>();
        for (ContractList.Summary summary : list.items()) {
            rows.add(new ContractRow(summary, renewal(session, summary, today)));
        }
        rows.sort(query.sort().comparator());
        return HttpResponse.ok(Pages.view(request, "contract-list", TITLE,
            new ContractsPage(rows, query, list.nextCursor(), null, null, Map.of())));
    }

    /**
     * The list's summaries carry no renewal terms: those of a contract that may still renew are read from it (at most
     * a page's worth of reads).
     */
    private Renewal renewal(ConsoleSession session, ContractList.Summary summary, LocalDate today) {
        if (!"ACTIVE".equals(summary.status()) && !"DRAFT".equals(summary.status())) {
            return new Renewal(null, null, today);
        }
        try {
            Contract contract = api.get(session, "/api/contracts/" + ApiPaths.encode(summary.contractId()),
                Contract.class);
            return Renewal.of(contract, today);
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return new Renewal(null, null, today);
            }
            throw e;
        }
    }
}
