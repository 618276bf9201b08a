package io.coachline.athlete.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.coachline.athlete.entity.AthleteProfile;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;

/** The athlete profile of a user: read with defaults, replaced as a whole. */
@Stateless
public class Profiles {

    /** The profile as the API shows and takes it; null = unknown. */
    public record Profile(
            @Schema(description = "male or female; picks the TRIMP coefficients")
            @Pattern(regexp = "(?i)male|female", message = "must be male or female") String sex,
            @Schema(description = "yyyy-mm-dd")
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-mm-dd") String birthDate,
            @Schema(description = "Maximum heart rate, bpm") @Min(100) @Max(250) Integer maxHr,
            @Schema(description = "Resting heart rate, bpm") @Min(25) @Max(120) Integer restingHr,
            @Schema(description = "Lactate threshold heart rate, bpm") @Min(80) @Max(240) Integer thresholdHr,
            @Schema(description = "Threshold pace, seconds per km")
            @DecimalMin("120") @DecimalMax("900") Double thresholdPaceSecPerKm,
            @Schema(description = "Body weight, kg") @DecimalMin("25") @DecimalMax("250") Double weightKg,
            @Schema(description = "metric or imperial", defaultValue = "metric")
            @Pattern(regexp = "(?i)metric|imperial", message = "must be metric or imperial") String preferredUnits,
            @Schema(description = "IANA time zone, e.g. Europe/Berlin; days are counted in it", defaultValue = "UTC")
            @Size(max = 64) String timeZone) {

        // Declared so the constraints stay off its parameters (Payara's OpenAPI scanner fails on those).
        @SuppressWarnings("checkstyle:ParameterNumber")
        public Profile(String sex, String birthDate, Integer maxHr, Integer restingHr, Integer thresholdHr,
                       Double thresholdPaceSecPerKm, Double weightKg, String preferredUnits, String timeZone) {
            this.sex = sex;
            this.birthDate = birthDate;
            this.maxHr = maxHr;
            this.restingHr = restingHr;
            this.thresholdHr = thresholdHr;
            this.thresholdPaceSecPerKm = thresholdPaceSecPerKm;
            this.weightKg = weightKg;
            this.preferredUnits = preferredUnits;
            this.timeZone = timeZone;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AthleteDataCache cache;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read takes no write lock, see AthleteDataLoader
    public Profile get(String userId) {
        AthleteProfile profile = em.find(AthleteProfile.class, userId);
        return profile == null ? new Profile(null, null, null, null, null, null, null, "metric", "UTC") : view(profile);
    }

    public ZoneId zoneOf(String userId) {
        return ZoneId.of(get(userId).timeZone());
    }

    public Profile replace(String userId, Profile input) {
        Inputs.validate("athlete profile", input);
        String zone = input.timeZone() == null ? "UTC" : input.timeZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ApiException.badRequest("time_zone", "time_zone: unknown time zone '" + zone + "', e.g. Europe/Berlin");
        }
        if (input.birthDate() != null) {
            LocalDate birth = parseDate(input.birthDate());
            if (birth.isAfter(LocalDate.now()) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
                throw ApiException.badRequest("birth_date", "birth_date: must be between 1900-01-01 and today");
            }
        }
        if (input.restingHr() != null && input.maxHr() != null && input.restingHr() >= input.maxHr()) {
            throw ApiException.badRequest("resting_hr", "resting_hr: must be below max_hr");
        }
        if (input.thresholdHr() != null && input.maxHr() != null && input.thresholdHr() > input.maxHr()) {
            throw ApiException.badRequest("threshold_hr", "threshold_hr: must not exceed max_hr");
        }
        AthleteProfile profile = em.find(AthleteProfile.class, userId);
        if (profile == null) {
            profile = new AthleteProfile(userId);
            em.persist(profile);
        }
        profile.update(lower(input.sex()), input.birthDate(), input.maxHr(), input.restingHr(), input.thresholdHr(),
                input.thresholdPaceSecPerKm(), input.weightKg(),
                input.preferredUnits() == null ? "metric" : lower(input.preferredUnits()), zone);
        cache.changed(userId);
        return view(profile);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ApiException.badRequest("birth_date", "birth_date: not a calendar date: " + text);
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static Profile view(AthleteProfile p) {
        return new Profile(p.sex(), p.birthDate(), p.maxHr(), p.restingHr(), p.thresholdHr(),
                p.thresholdPaceSecPerKm(), p.weightKg(), p.preferredUnits(), p.timeZone());
    }
}
