package io.coachline.athlete.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.athlete.control.Profiles;
import io.coachline.tenancy.control.Caller;

@ApplicationScoped
@Path("api/athlete/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    Caller caller;

    @Inject
    Profiles profiles;

    @GET
    @Operation(summary = "Your athlete profile", description = "Unknown values are null; analytics say what they could not compute without them.")
    public Profiles.Profile get() {
        return profiles.get(caller.userId());
    }

    @PUT
    @Operation(summary = "Replace your athlete profile", description = "sex (male|female), birth_date, max_hr, resting_hr, threshold_hr, threshold_pace_s_per_km, weight_kg, preferred_units (metric|imperial), time_zone (IANA, e.g. Europe/Berlin). Omitted = unknown.")
    public Profiles.Profile put(Profiles.Profile profile) {
        return profiles.replace(caller.userId(), profile);
    }
}
