package io.coachline.athlete.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.athlete.control.imports.ActivityFiles;
import io.coachline.athlete.control.imports.ImportLimits;
import io.coachline.athlete.control.imports.ImportRejected;
import io.coachline.athlete.control.imports.ImportSlots;
import io.coachline.athlete.control.imports.ImportSource;
import io.coachline.athlete.control.imports.ParsedActivity;
import io.coachline.athlete.control.imports.ZipExpander;
import io.coachline.platform.control.ApiException;

/**
 * Imports an upload: one activity file, a Strava activities.csv, or a zip of many. The upload is spooled to a
 * temporary file (counted, refused beyond coachline.import.max-bytes) and read from there as streams, so no
 * upload or archive entry is ever held in memory whole. A single file is parsed before anything is stored, so a
 * corrupt, hostile or impossible one is rejected whole; a zip is inflated once up front (bomb, traversal) and its
 * files are then imported in the background, a bad file recorded with its reason while the rest go on. Every
 * import holds one of the bounded {@link ImportSlots} from the request until its last file is stored.
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

    @Inject
    ImportSlots slots;

    @Inject
    @ConfigProperty(name = "coachline.import.max-bytes", defaultValue = "104857600")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "coachline.import.max-points", defaultValue = ImportLimits.DEFAULT_MAX_POINTS)
    int maxPoints;

    @Inject
    @ConfigProperty(name = "coachline.import.max-file-bytes", defaultValue = ImportLimits.DEFAULT_MAX_FILE_BYTES)
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "coachline.import.max-inflated-bytes", defaultValue = ImportLimits.DEFAULT_MAX_UPLOAD_BYTES)
    long maxInflatedBytes;

    public ImportJobs.JobView start(String userId, String fileName, InputStream upload) {
        ImportSlots.Slot slot = acquire(userId, fileName);
        Path spooled = null;
        boolean handedOver = false;
        try {
            spooled = spool(upload, fileName);
            ImportSource source = ImportSource.of(spooled);
            if (Files.size(spooled) == 0) {
                throw ApiException.badRequest("file", "file: the upload '" + fileName + "' is empty");
            }
            ImportLimits limits = new ImportLimits(maxPoints, maxFileBytes, maxInflatedBytes);
            Profiles.Profile profile = profiles.get(userId);
            ZoneId zone = ZoneId.of(profile.timeZone());
            if (ZipExpander.isZip(source.head(4))) {
                ZipExpander.Checked checked = rejectAsBadRequest(() -> ZipExpander.check(fileName, source, limits));
                String jobId = jobs.create(userId, fileName, checked.files());
                Path archive = spooled;
                executor.submit(() -> {
                    try (slot) {
                        importAll(jobId, userId, zone, profile.maxHr(), fileName, archive, checked, limits);
                    } finally {
                        delete(archive);
                    }
                });
                handedOver = true;
                return jobs.view(userId, jobId);
            }
            List<ParsedActivity> parsed = rejectAsBadRequest(() -> ActivityFiles.parse(fileName, source, limits));
            String jobId = jobs.create(userId, fileName, 1);
            jobs.progress(jobId, "done", List.of(storeAll(userId, zone, profile.maxHr(), fileName,
                    ActivityFiles.hash(source), parsed)));
            return jobs.view(userId, jobId);
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool or read the upload " + fileName, e);
        } finally {
            if (!handedOver) {
                delete(spooled);
                slot.close();
            }
        }
    }

    public ImportJobs.JobView job(String userId, String jobId) {
        return jobs.view(userId, jobId);
    }

    private ImportSlots.Slot acquire(String userId, String fileName) {
        try {
            return slots.acquire(userId);
        } catch (ImportSlots.Busy busy) {
            String why = busy.refusal() == ImportSlots.Refusal.USER_BUSY
                    ? "your previous import is still running; upload it again when that one has finished"
                    : "the server is busy with other imports; upload it again in a minute";
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_imports",
                    "file: '" + fileName + "' was not imported: " + why, "file");
        }
    }

    /** Copies the upload to a temporary file, counting bytes as they arrive; the limit is checked before writing. */
    private Path spool(InputStream upload, String fileName) throws IOException {
        Path file = Files.createTempFile("coachline-import-", ".upload");
        try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                total += n;
                if (total > maxBytes) {
                    throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", "file: '" + fileName
                            + "' is larger than " + maxBytes + " bytes (coachline.import.max-bytes)", "file");
                }
                out.write(chunk, 0, n);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private void importAll(String jobId, String userId, ZoneId zone, Integer maxHr, String zipName, Path archive,
                           ZipExpander.Checked checked, ImportLimits limits) {
        List<ImportJobs.FileResult> results = new ArrayList<>();
        try {
            jobs.progress(jobId, "running", results);
            ZipExpander.walk(zipName, ImportSource.of(archive), limits, checked.names(), (name, content) -> {
                results.add(importEntry(userId, zone, maxHr, name, content, limits));
                if (results.size() % RESULTS_EVERY == 0) {
                    jobs.progress(jobId, "running", results);
                }
            });
            jobs.progress(jobId, "done", results);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "import job " + jobId + " failed", e);
            jobs.progress(jobId, "running", results);
            jobs.fail(jobId, "the import stopped unexpectedly after " + results.size() + " file(s)");
        }
    }

    /** One archive entry: refused by name unread, else spooled (counted by the archive's guard) and parsed. */
    private ImportJobs.FileResult importEntry(String userId, ZoneId zone, Integer maxHr, String name,
                                              InputStream content, ImportLimits limits) throws IOException {
        Path entry = null;
        try {
            ActivityFiles.requireSupportedName(name);
            entry = Files.createTempFile("coachline-import-", ".entry");
            try (OutputStream out = Files.newOutputStream(entry)) {
                content.transferTo(out);
            }
            ImportSource source = ImportSource.of(entry);
            List<ParsedActivity> parsed = ActivityFiles.parse(name, source, limits);
            return storeAll(userId, zone, maxHr, name, ActivityFiles.hash(source), parsed);
        } catch (ImportRejected e) {
            return new ImportJobs.FileResult(name, "failed", e.getMessage(), List.of());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not import " + name, e);
            return new ImportJobs.FileResult(name, "failed", "could not be read as an activity file", List.of());
        } finally {
            delete(entry);
        }
    }

    private ImportJobs.FileResult storeAll(String userId, ZoneId zone, Integer maxHr, String fileName, String fileHash,
                                           List<ParsedActivity> parsed) {
        if (parsed.isEmpty()) {
            return new ImportJobs.FileResult(fileName, "failed", "no activities in the file", List.of());
        }
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

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the temporary import file " + file, e);
        }
    }

    private static <T> T rejectAsBadRequest(Supplier<T> work) {
        try {
            return work.get();
        } catch (ImportRejected e) {
            throw ApiException.badRequest("file", "file: " + e.getMessage());
        }
    }
}
