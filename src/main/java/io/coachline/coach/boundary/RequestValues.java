package io.coachline.coach.boundary;

import io.coachline.platform.boundary.QueryParameters;
import io.coachline.platform.control.ApiException;

/**
 * Query parameters read as text and converted by {@link QueryParameters} (a wrong or out-of-range number is a
 * 400 naming the parameter), and the path/body id rule.
 */
final class RequestValues {

    private RequestValues() {
    }

    static Integer integer(String field, String value) {
        return QueryParameters.integer(field, value);
    }

    static Boolean bool(String field, String value) {
        return QueryParameters.bool(field, value);
    }

    /** A body may repeat the path's coach id, but not name another coach. */
    static void samePathId(String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equalsIgnoreCase(pathId)) {
            throw ApiException.badRequest("coach_id", "coach_id: the body names another coach than the path");
        }
    }
}
