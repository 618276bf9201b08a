package io.coachline.tools.control;

/**
 * What calling a tool does, declared once per tool; the MCP tool annotations follow from it, so a tool
 * cannot say it is read-only and destructive at once.
 */
public enum Effect {
    /** Reads only. */
    READ(true, false, true),
    /** Adds or flips something: calling twice has a further effect (create, toggle). */
    CHANGE(false, false, false),
    /** Sets a state: calling twice with the same arguments changes nothing more (update, activate, hide, assign). */
    SET(false, false, true),
    /** Removes something that cannot be brought back (delete, unassign); again is a no-op. */
    DELETE(false, true, true);

    private final boolean readOnly;
    private final boolean destructive;
    private final boolean idempotent;

    Effect(boolean readOnly, boolean destructive, boolean idempotent) {
        this.readOnly = readOnly;
        this.destructive = destructive;
        this.idempotent = idempotent;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public boolean destructive() {
        return destructive;
    }

    public boolean idempotent() {
        return idempotent;
    }
}
