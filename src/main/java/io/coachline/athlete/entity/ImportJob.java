package io.coachline.athlete.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An upload being imported: progress the web page polls, and the outcome of every file in it. */
@Entity
@Table(name = "import_jobs")
@NamedQuery(name = ImportJob.OF_USER, query = "SELECT j FROM ImportJob j WHERE j.id = :id AND j.userId = :userId")
public class ImportJob {

    public static final String OF_USER = "ImportJob.ofUser";

    @Id
    private String id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "file_name")
    private String fileName;
    private String status;
    private int total;
    private int processed;
    private int imported;
    private int duplicates;
    private int failed;
    private String results;
    private String error;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String id, String userId, String fileName, int total) {
        this.id = id;
        this.userId = userId;
        this.fileName = fileName;
        this.status = "queued";
        this.total = total;
        this.results = "[]";
        this.createdAt = Instant.now();
    }

    public void progress(String status, int processed, int imported, int duplicates, int failed, String results) {
        this.status = status;
        this.processed = processed;
        this.imported = imported;
        this.duplicates = duplicates;
        this.failed = failed;
        this.results = results;
        if ("done".equals(status) || "failed".equals(status)) {
            this.finishedAt = Instant.now();
        }
    }

    public void fail(String error) {
        this.status = "failed";
        this.error = error;
        this.finishedAt = Instant.now();
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public String fileName() { return fileName; }
    public String status() { return status; }
    public int total() { return total; }
    public int processed() { return processed; }
    public int imported() { return imported; }
    public int duplicates() { return duplicates; }
    public int failed() { return failed; }
    public String results() { return results; }
    public String error() { return error; }
    public Instant createdAt() { return createdAt; }
    public Instant finishedAt() { return finishedAt; }
}
