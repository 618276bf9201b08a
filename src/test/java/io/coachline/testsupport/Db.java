package io.coachline.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a test deployment's SQLite file directly, to check what the server really stored. */
public final class Db {

    private final Path file;

    public Db(Path dataDir) {
        this.file = dataDir.resolve("coachline.db");
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + file + ": " + sql, e);
        }
    }

    public long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    /** A change made beside the server, as an operator with the sqlite3 shell would; returns the rows changed. */
    public int update(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement statement = c.prepareStatement(sql)) {
            c.createStatement().execute("PRAGMA busy_timeout = 10000");
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed on " + file + ": " + sql, e);
        }
    }
}
