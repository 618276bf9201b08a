package io.coachline.analytics.entity;

/** Only used to pick the Banister TRIMP coefficients. */
public enum Sex {
    MALE, FEMALE
}
