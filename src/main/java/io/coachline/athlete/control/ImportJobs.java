package io.coachline.athlete.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.coachline.athlete.entity.ImportJob;
import io.coachline.platform.control.ApiException;

/** Import jobs; every method commits on its own so a poller sees progress as it happens. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    /** The outcome of one file: imported, duplicate or failed (with the reason). */
    public record FileResult(String file, String status, String reason, List<String> activityIds) {
    }

    /** A job as the API shows it. */
    public record JobView(String id, String fileName, String status, int total, int processed, int imported,
                          int duplicates, int failed, int percent, List<FileResult> files, String error,
                          Instant createdAt, Instant finishedAt) {
    }

    @PersistenceContext
    EntityManager em;

    public String create(String userId, String fileName, int total) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), userId, fileName, total);
        em.persist(job);
        return job.id();
    }

    public void progress(String jobId, String status, List<FileResult> results) {
        ImportJob job = em.find(ImportJob.class, jobId);
        int imported = (int) results.stream().filter(r -> r.status().equals("imported")).count();
        int duplicates = (int) results.stream().filter(r -> r.status().equals("duplicate")).count();
        int failed = (int) results.stream().filter(r -> r.status().equals("failed")).count();
        job.progress(status, results.size(), imported, duplicates, failed, Activities.JSON.toJson(results));
    }

    public void fail(String jobId, String error) {
        em.find(ImportJob.class, jobId).fail(error);
    }

    public JobView view(String userId, String jobId) {
        ImportJob job = em.createNamedQuery(ImportJob.OF_USER, ImportJob.class)
                .setParameter("id", jobId).setParameter("userId", userId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound("no import job " + jobId));
        List<FileResult> files = Activities.JSON.fromJson(job.results(),
                new java.util.ArrayList<FileResult>() { }.getClass().getGenericSuperclass());
        int percent = job.total() == 0 ? 100 : (int) Math.floor(100.0 * job.processed() / job.total());
        return new JobView(job.id(), job.fileName(), job.status(), job.total(), job.processed(), job.imported(),
                job.duplicates(), job.failed(), percent, files, job.error(), job.createdAt(), job.finishedAt());
    }
}
