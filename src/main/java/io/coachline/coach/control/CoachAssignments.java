package io.coachline.coach.control;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response;

import io.coachline.coach.entity.AssignResult;
import io.coachline.coach.entity.AssignmentInput;
import io.coachline.coach.entity.AssignmentView;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.platform.control.InstantConverter;
import io.coachline.tenancy.control.Caller;
import io.coachline.tenancy.control.UserDirectory;
import io.coachline.tenancy.entity.AppUser;

/**
 * Which users of the admin's tenant a system coach is assigned to. For a {@code private} system coach the
 * assignment is what makes it visible; users of other tenants are never found, listed or changed.
 */
@Stateless
public class CoachAssignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    UserDirectory directory;

    public AssignResult assign(AssignmentInput input) {
        AssignmentInput in = Inputs.validate("admin_assign_coach", input);
        ManagedCoachSql.require(em, caller, in.coachId());
        AppUser user = tenantUser(in.userId());
        int inserted = em.createNativeQuery("INSERT INTO coach_assignments (coach_id, user_id, assigned_by, assigned_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (coach_id, user_id) DO NOTHING")
                .setParameter(1, in.coachId()).setParameter(2, user.id()).setParameter(3, caller.userId())
                .setParameter(4, InstantConverter.format(Instant.now())).executeUpdate();
        return new AssignResult(in.coachId(), in.userId(), true, inserted == 1,
                inserted == 1 ? "assigned" : "already assigned; nothing changed");
    }

    public AssignResult unassign(AssignmentInput input) {
        AssignmentInput in = Inputs.validate("admin_unassign_coach", input);
        ManagedCoachSql.require(em, caller, in.coachId());
        AppUser user = tenantUser(in.userId());
        int deleted = em.createNativeQuery("DELETE FROM coach_assignments WHERE coach_id = ?1 AND user_id = ?2")
                .setParameter(1, in.coachId()).setParameter(2, user.id()).executeUpdate();
        if (deleted == 0) {
            throw userNotFound("user " + in.userId() + " is not assigned to this coach");
        }
        return new AssignResult(in.coachId(), in.userId(), false, true, "unassigned");
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<AssignmentView> list(CoachIdInput input) {
        String coachId = Inputs.validate("admin_list_coach_assignments", input).coachId();
        ManagedCoachSql.require(em, caller, coachId);
        List<Object[]> rows = em.createNativeQuery("SELECT u.subject, u.display_name, u.email, b.subject, a.assigned_at"
                        + " FROM coach_assignments a JOIN users u ON u.id = a.user_id"
                        + " LEFT JOIN users b ON b.id = a.assigned_by"
                        + " WHERE a.coach_id = ?1 AND u.tenant_id = ?2 ORDER BY a.assigned_at, u.subject")
                .setParameter(1, coachId).setParameter(2, caller.tenantId()).getResultList();
        return rows.stream().map(r -> new AssignmentView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                VisibleCoachSql.instant(r[4]))).toList();
    }

    private AppUser tenantUser(String subject) {
        AppUser user = directory.findBySubject(caller.tenantId(), subject);
        if (user == null) {
            throw userNotFound("no user " + subject + " in your tenant; a user is known once they have signed in");
        }
        return user;
    }

    private static ApiException userNotFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, "not_found", message, "user_id");
    }
}
