package io.coachline.coach.control;

import static io.coachline.coach.control.VisibleCoachSql.FROM;
import static io.coachline.coach.control.VisibleCoachSql.NOT_HIDDEN;
import static io.coachline.coach.control.VisibleCoachSql.SELECT_FULL;
import static io.coachline.coach.control.VisibleCoachSql.SELECT_PAGE;
import static io.coachline.coach.control.VisibleCoachSql.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import io.coachline.coach.entity.Coach;
import io.coachline.coach.entity.CoachCategory;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachPage;
import io.coachline.coach.entity.CoachView;
import io.coachline.coach.entity.CreateCoachInput;
import io.coachline.coach.entity.ListCoachesInput;
import io.coachline.coach.entity.SearchCoachesInput;
import io.coachline.coach.entity.UpdateCoachInput;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.tenancy.control.Caller;

/**
 * The coaches a user sees and the ones they own: list, search, get, create, update, delete. Reads run
 * outside a transaction, because a SQLite transaction here always takes the write lock.
 */
@Stateless
public class CoachCatalog {

    private static final String ORDER = " ORDER BY COALESCE(s.is_favorite, 0) DESC, COALESCE(s.usage_count, 0) DESC,"
            + " c.title COLLATE NOCASE, c.id";
    private static final String CATEGORY = " AND (?3 IS NULL OR c.category = ?3)";
    private static final String TITLE_MATCH = "lower(c.title) LIKE ?4 ESCAPE '\\'";
    private static final String TAG_MATCH =
            "EXISTS (SELECT 1 FROM json_each(c.tags) t WHERE lower(t.value) LIKE ?4 ESCAPE '\\')";
    private static final String SEARCH = " AND " + NOT_HIDDEN + CATEGORY + " AND (" + TITLE_MATCH + " OR " + TAG_MATCH
            + " OR lower(c.description) LIKE ?4 ESCAPE '\\')";
    // Best matches first: title prefix, title, tag, description; then the caller's usage, then title.
    private static final String SEARCH_ORDER = " ORDER BY CASE WHEN lower(c.title) LIKE ?5 ESCAPE '\\' THEN 0"
            + " WHEN " + TITLE_MATCH + " THEN 1 WHEN " + TAG_MATCH + " THEN 2 ELSE 3 END,"
            + " COALESCE(s.usage_count, 0) DESC, c.title COLLATE NOCASE, c.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CoachPage<CoachView> list(ListCoachesInput input) {
        ListCoachesInput in = Inputs.validate("list_coaches", ListCoachesInput.orDefaults(input));
        String filter = CATEGORY + (in.favoritesOnly() ? " AND COALESCE(s.is_favorite, 0) = 1" : "")
                + (in.includeHidden() ? "" : " AND " + NOT_HIDDEN);
        String category = CoachCategory.normalize(in.category());
        List<?> found = query(em, caller, SELECT_PAGE + filter + ORDER + " LIMIT ?4 OFFSET ?5")
                .setParameter(3, category).setParameter(4, in.limit()).setParameter(5, in.offset()).getResultList();
        return page(found, in.limit(), in.offset(), () -> query(em, caller, "SELECT COUNT(*)" + FROM + filter)
                .setParameter(3, category));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CoachPage<CoachView> search(SearchCoachesInput input) {
        SearchCoachesInput in = Inputs.validate("search_coaches", input);
        String category = CoachCategory.normalize(in.category());
        String contains = LikePattern.containing(in.query());
        List<?> found = query(em, caller, SELECT_PAGE + SEARCH + SEARCH_ORDER + " LIMIT ?6 OFFSET ?7")
                .setParameter(3, category).setParameter(4, contains)
                .setParameter(5, LikePattern.startingWith(in.query()))
                .setParameter(6, in.limit()).setParameter(7, in.offset()).getResultList();
        return page(found, in.limit(), in.offset(), () -> query(em, caller, "SELECT COUNT(*)" + FROM + SEARCH)
                .setParameter(3, category).setParameter(4, contains));
    }

    /**
     * A page from rows of {@link VisibleCoachSql#SELECT_PAGE}, whose last column is the total of all matches: one
     * statement instead of a count and a select. Only a page past the end has no row to carry the total.
     */
    @SuppressWarnings("unchecked")
    private static CoachPage<CoachView> page(List<?> found, int limit, int offset, Supplier<Query> count) {
        List<Object[]> rows = (List<Object[]>) found;
        long total = !rows.isEmpty() ? VisibleCoachSql.number(rows.get(0)[VisibleCoachSql.TOTAL]).longValue()
                : offset == 0 ? 0 : VisibleCoachSql.number(count.get().getSingleResult()).longValue();
        return CoachPage.of(rows(rows), total, limit, offset);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CoachView get(CoachIdInput input) {
        return require(em, caller, Inputs.validate("get_coach", input).coachId());
    }

    public CoachView create(CreateCoachInput input) {
        CreateCoachInput in = Inputs.validate("create_coach", input);
        Instant now = Instant.now();
        Coach coach = Coach.userCoach(UUID.randomUUID().toString(), caller.tenantId(), caller.userId(), now);
        CoachContent.apply(coach, in.fields(), now);
        em.persist(coach);
        em.flush();
        return require(em, caller, coach.id());
    }

    public CoachView update(UpdateCoachInput input) {
        UpdateCoachInput in = Inputs.validate("update_coach", input);
        CoachContent.requireChange(in.fields().isEmpty(), CoachContent.FIELDS);
        Coach coach = owned(in.coachId(), "update");
        CoachContent.apply(coach, in.fields(), Instant.now());
        em.flush();
        return require(em, caller, coach.id());
    }

    /** Deletes an own coach; the database cascades its per-user state and any active-coach row to it. */
    public void delete(CoachIdInput input) {
        em.remove(owned(Inputs.validate("delete_coach", input).coachId(), "delete"));
    }

    private Coach owned(String coachId, String action) {
        return em.createNamedQuery(Coach.OWNED, Coach.class)
                .setParameter("id", coachId)
                .setParameter("ownerId", caller.userId())
                .setParameter("tenantId", caller.tenantId())
                .getResultStream().findFirst()
                .orElseThrow(() -> {
                    // Visible yet not owned can only be a system coach; anything else stays indistinguishable.
                    require(em, caller, coachId);
                    return ApiException.forbidden("system coaches cannot be changed here; an admin may "
                            + action + " them through /api/admin/coaches");
                });
    }

    static CoachView require(EntityManager em, Caller caller, String coachId) {
        List<CoachView> found = rows(query(em, caller, SELECT_FULL + " AND c.id = ?3")
                .setParameter(3, coachId).getResultList());
        if (found.isEmpty()) {
            throw ApiException.notFound("no coach with id " + coachId);
        }
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<CoachView> rows(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(VisibleCoachSql::view).toList();
    }
}
