package org.socialgov.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.platform.idempotency.Idempotent;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.web.EntityTags;
import org.socialgov.platform.web.PageCursor;
import org.socialgov.policy.api.ChangeStandingCommand;
import org.socialgov.policy.api.RecordDepartureCommand;
import org.socialgov.policy.api.RecordTrainingAttendanceCommand;
import org.socialgov.policy.api.RegisterStaffMemberCommand;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.query.RosterPage;
import org.socialgov.policy.web.generated.api.StaffApi;
import org.socialgov.policy.web.generated.model.Departure;
import org.socialgov.policy.web.generated.model.StaffMember;
import org.socialgov.policy.web.generated.model.StaffRegistration;
import org.socialgov.policy.web.generated.model.StaffRoster;
import org.socialgov.policy.web.generated.model.Standing;
import org.socialgov.policy.web.generated.model.StandingChange;
import org.socialgov.policy.web.generated.model.TrainingAttendance;

/** The staff roster: each endpoint maps the request to a command or query and maps the answer. */
@Controller
public class StaffController implements StaffApi {

    private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** The spec's default; its maximum (100) is checked by the validation on the generated interface. */
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final CommandGateway commandGateway;
    private final StaffReads reads;
    private final Clock clock;

    public StaffController(CommandGateway commandGateway, StaffReads reads, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.reads = reads;
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public StaffRoster listStaff(Standing standing, Integer limit, String cursor) {
        RosterPage page = reads.roster(StaffModelMapper.toDomain(standing),
            limit == null ? DEFAULT_PAGE_SIZE : limit, PageCursor.decode(cursor, StaffController::personIdAt));
        return new StaffRoster(page.items().stream().map(StaffModelMapper::toModel).toList())
            .nextCursor(PageCursor.encode(page.lastPersonIdIfMore()));
    }

    @Override
    @Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.EMPLOYEE})
    public HttpResponse<StaffMember> getStaffMember(String personId) {
        return reads.current(personId);
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<StaffMember> registerStaffMember(StaffRegistration request, String idempotencyKey) {
        String tenant = reads.caller().tenant();
        commandGateway.sendAndWait(new RegisterStaffMemberCommand(StaffMemberId.of(tenant, request.getPersonId()),
            tenant, request.getPersonId(), request.getName(), StaffModelMapper.toDomain(request.getStanding()),
            request.getSince(), today()));
        return reads.respond(HttpResponse.status(HttpStatus.CREATED), request.getPersonId())
            .header(HttpHeaders.LOCATION, "/staff/" + request.getPersonId());
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<StaffMember> changeStanding(String personId, StandingChange request, String idempotencyKey,
                                                    String ifMatch) {
        String tenant = reads.caller().tenant();
        commandGateway.sendAndWait(new ChangeStandingCommand(StaffMemberId.of(tenant, personId), tenant,
            StaffModelMapper.toDomain(request.getStanding()), request.getSince(), today(),
            EntityTags.expectedVersion(ifMatch)));
        return reads.current(personId);
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<StaffMember> recordDeparture(String personId, Departure request, String idempotencyKey,
                                                     String ifMatch) {
        String tenant = reads.caller().tenant();
        commandGateway.sendAndWait(new RecordDepartureCommand(StaffMemberId.of(tenant, personId), tenant,
            request.getLeftOn(), today(), EntityTags.expectedVersion(ifMatch)));
        return reads.current(personId);
    }

    @Override
    @Secured(Roles.COMPLIANCE_OFFICER)
    @Idempotent
    public HttpResponse<StaffMember> recordTrainingAttendance(String personId, TrainingAttendance request,
                                                              String idempotencyKey, String ifMatch) {
        String tenant = reads.caller().tenant();
        commandGateway.sendAndWait(new RecordTrainingAttendanceCommand(StaffMemberId.of(tenant, personId), tenant,
            StaffModelMapper.toDomain(request), today(), EntityTags.expectedVersion(ifMatch)));
        return reads.current(personId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A roster position is a person id as the roster holds them (the spec's PersonId); anything else was not ours. */
    private static String personIdAt(String position) {
        if (!PERSON_ID.matcher(position).matches()) {
            throw new IllegalArgumentException("Not a person id: " + position);
        }
        return position;
    }
}
