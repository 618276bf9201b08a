package io.coachline.athlete.control;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import io.coachline.athlete.control.imports.ActivityFiles;
import io.coachline.athlete.control.imports.ImportEntry;
import io.coachline.athlete.control.imports.ImportRejected;
import io.coachline.athlete.control.imports.ParsedActivity;
import io.coachline.athlete.control.imports.ZipExpander;
import io.coachline.platform.control.ApiException;

/**
 * Imports an upload: one activity file, a Strava activities.csv, or a zip of many. A single file is
 * parsed before anything is stored, so a corrupt or hostile one is rejected whole; a zip is checked
 * (bomb, traversal) up front and its files are then imported in the background, a bad file recorded
 * with its reason while the rest go on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActivityImporter {

    private static final Logger LOG = Logger.getLogger(ActivityImporter.class.getName());
    private static final int RESULTS_EVERY = 10;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Activities activities;

    @Inject
    ImportJobs jobs;

    @Inject
    Profiles profiles;

    public ImportJobs.JobView start(String userId, String fileName, byte[] content) {
        if (content.length == 0) {
            throw ApiException.badRequest("file", "file: the upload '" + fileName + "' is empty");
        }
        Profiles.Profile profile = profiles.get(userId);
        ZoneId zone = ZoneId.of(profile.timeZone());
        if (ZipExpander.isZip(content)) {
            List<ImportEntry> entries = rejectAsBadRequest(() -> ZipExpander.expand(fileName, content));
            if (entries.isEmpty()) {
                throw ApiException.badRequest("file", "file: the zip '" + fileName + "' holds no files");
            }
            String jobId = jobs.create(userId, fileName, entries.size());
            executor.submit(() -> importAll(jobId, userId, zone, profile.maxHr(), entries));
            return jobs.view(userId, jobId);
        }
        List<ParsedActivity> parsed = rejectAsBadRequest(() -> ActivityFiles.parse(fileName, content));
        String jobId = jobs.create(userId, fileName, 1);
        jobs.progress(jobId, "done", List.of(storeAll(userId, zone, profile.maxHr(), fileName, content, parsed)));
        return jobs.view(userId, jobId);
    }

    public ImportJobs.JobView job(String userId, String jobId) {
        return jobs.view(userId, jobId);
    }

    private void importAll(String jobId, String userId, ZoneId zone, Integer maxHr, List<ImportEntry> entries) {
        List<ImportJobs.FileResult> results = new ArrayList<>();
        try {
            jobs.progress(jobId, "running", results);
            for (ImportEntry entry : entries) {
                results.add(importOne(userId, zone, maxHr, entry));
                if (results.size() % RESULTS_EVERY == 0) {
                    jobs.progress(jobId, "running", results);
                }
            }
            jobs.progress(jobId, "done", results);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "import job " + jobId + " failed", e);
            jobs.progress(jobId, "running", results);
            jobs.fail(jobId, "the import stopped unexpectedly after " + results.size() + " file(s)");
        }
    }

    private ImportJobs.FileResult importOne(String userId, ZoneId zone, Integer maxHr, ImportEntry entry) {
        try {
            List<ParsedActivity> parsed = ActivityFiles.parse(entry.fileName(), entry.content());
            return storeAll(userId, zone, maxHr, entry.fileName(), entry.content(), parsed);
        } catch (ImportRejected e) {
            return new ImportJobs.FileResult(entry.fileName(), "failed", e.getMessage(), List.of());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not import " + entry.fileName(), e);
            return new ImportJobs.FileResult(entry.fileName(), "failed", "could not be read as an activity file", List.of());
        }
    }

    private ImportJobs.FileResult storeAll(String userId, ZoneId zone, Integer maxHr, String fileName, byte[] content,
                                           List<ParsedActivity> parsed) {
        if (parsed.isEmpty()) {
            return new ImportJobs.FileResult(fileName, "failed", "no activities in the file", List.of());
        }
        String fileHash = ActivityFiles.hash(content);
        List<String> ids = new ArrayList<>();
        boolean allDuplicates = true;
        for (int i = 0; i < parsed.size(); i++) {
            // A file with many activities (CSV) keys each by position, so re-importing it is a no-op too.
            String key = parsed.size() == 1 ? fileHash : fileHash + "#" + i;
            Activities.Stored stored = activities.store(userId, zone, maxHr, parsed.get(i), key);
            ids.add(stored.activityId());
            allDuplicates &= stored.duplicate();
        }
        return allDuplicates
                ? new ImportJobs.FileResult(fileName, "duplicate", "already imported", ids)
                : new ImportJobs.FileResult(fileName, "imported", null, ids);
    }

    private static <T> T rejectAsBadRequest(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ImportRejected e) {
            throw ApiException.badRequest("file", "file: " + e.getMessage());
        }
    }
}
