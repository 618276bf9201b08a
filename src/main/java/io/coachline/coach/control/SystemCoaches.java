package io.coachline.coach.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.coachline.coach.entity.AdminCreateCoachInput;
import io.coachline.coach.entity.AdminListCoachesInput;
import io.coachline.coach.entity.AdminUpdateCoachInput;
import io.coachline.coach.entity.Coach;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachPage;
import io.coachline.coach.entity.SystemCoachView;
import io.coachline.coach.entity.Visibility;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.tenancy.control.Caller;

/**
 * The admin operations on system coaches: those of the admin's tenant, and global ones for a super-admin.
 * Callers need the admin role (checked at the boundary); what they may touch is scoped in every query.
 */
@Stateless
public class SystemCoaches {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CoachPage<SystemCoachView> list(AdminListCoachesInput input) {
        AdminListCoachesInput in = Inputs.validate("admin_list_system_coaches", input == null ? new AdminListCoachesInput(null, null) : input);
        long total = VisibleCoachSql.number(ManagedCoachSql.query(em, caller, "SELECT COUNT(*)" + ManagedCoachSql.FROM)
                .getSingleResult()).longValue();
        List<SystemCoachView> coaches = ManagedCoachSql.views(ManagedCoachSql.query(em, caller,
                        ManagedCoachSql.SELECT_SUMMARY + " ORDER BY c.title COLLATE NOCASE, c.id LIMIT ?3 OFFSET ?4")
                .setParameter(3, in.limit()).setParameter(4, in.offset()).getResultList());
        return CoachPage.of(coaches, total, in.limit(), in.offset());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SystemCoachView get(CoachIdInput input) {
        return ManagedCoachSql.require(em, caller, Inputs.validate("admin_get_system_coach", input).coachId());
    }

    public SystemCoachView create(AdminCreateCoachInput input) {
        AdminCreateCoachInput in = Inputs.validate("admin_create_system_coach", input);
        Visibility visibility = allowed(Visibility.parse(in.visibility()));
        Instant now = Instant.now();
        Coach coach = Coach.systemCoach(UUID.randomUUID().toString(), caller.tenantId(), visibility, caller.userId(), now);
        CoachContent.apply(coach, in.fields(), now);
        em.persist(coach);
        em.flush();
        return ManagedCoachSql.require(em, caller, coach.id());
    }

    public SystemCoachView update(AdminUpdateCoachInput input) {
        AdminUpdateCoachInput in = Inputs.validate("admin_update_system_coach", input);
        CoachContent.requireChange(in.fields().isEmpty() && in.visibility() == null,
                CoachContent.FIELDS + ", visibility");
        Coach coach = managed(in.coachId());
        Instant now = Instant.now();
        if (in.visibility() != null) {
            Visibility visibility = allowed(Visibility.parse(in.visibility()));
            // Narrowing would hand the coach to its home tenant, where this super-admin no longer manages it.
            if (visibility != Visibility.GLOBAL && !coach.tenantId().equals(caller.tenantId())) {
                throw ApiException.forbidden("this global coach belongs to another tenant; only a super-admin of that "
                        + "tenant can make it tenant-wide or private");
            }
            coach.changeVisibility(visibility, now);
        }
        CoachContent.apply(coach, in.fields(), now);
        em.flush();
        return ManagedCoachSql.require(em, caller, coach.id());
    }

    /** Deletes a system coach; the database cascades its assignments, per-user state and active-coach rows. */
    public void delete(CoachIdInput input) {
        em.remove(managed(Inputs.validate("admin_delete_system_coach", input).coachId()));
    }

    private Coach managed(String coachId) {
        ManagedCoachSql.require(em, caller, coachId);
        Coach coach = em.find(Coach.class, coachId);
        if (coach == null) {
            throw ApiException.notFound("no system coach with id " + coachId + " that you manage");
        }
        return coach;
    }

    private Visibility allowed(Visibility visibility) {
        if (visibility == Visibility.GLOBAL && !caller.hasRole(Caller.SUPER_ADMIN)) {
            throw ApiException.forbidden("only a super-admin may make a coach global (visible to every tenant)");
        }
        return visibility;
    }
}
