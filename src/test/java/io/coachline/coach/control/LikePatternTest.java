package io.coachline.coach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void escapesWildcardsAndTheEscapeCharacter() {
        assertEquals("%100\\% effort%", LikePattern.containing("100% effort"));
        assertEquals("%a\\_b%", LikePattern.containing("a_b"));
        assertEquals("%c:\\\\temp%", LikePattern.containing("C:\\temp"));
        assertEquals("5k\\_%", LikePattern.startingWith("5K_"));
    }

    @Test
    void lowerCasesAsciiOnlyLikeSqlite() {
        assertEquals("%über marathon%", LikePattern.containing("über MARATHON"));
        assertEquals("%Über%", LikePattern.containing("Über"));
    }

    /** The patterns against SQLite itself, with lower() on the column as the search does. */
    @Test
    void matchesLiterallyInSqlite() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertTrue(like(db, "Give 100% Effort", "100%"));
            assertFalse(like(db, "Give 1000 Effort", "100%"));
            assertTrue(like(db, "tempo_run", "o_r"));
            assertFalse(like(db, "tempo run", "o_r"));
            assertFalse(like(db, "tempoXrun", "o_r"));
            assertTrue(like(db, "path C:\\temp", "c:\\TEMP"));
            assertFalse(like(db, "path C:temp", "c:\\temp"));
            assertTrue(like(db, "Über Coach", "Über"));
            assertTrue(like(db, "MARATHON", "marathon"));
            assertFalse(like(db, "marathon", "marathons"));
        }
    }

    private static boolean like(Connection db, String value, String query) throws Exception {
        try (PreparedStatement statement = db.prepareStatement("SELECT lower(?) LIKE ? ESCAPE '\\'")) {
            statement.setString(1, value);
            statement.setString(2, LikePattern.containing(query));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
