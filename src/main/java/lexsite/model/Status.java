package lexsite.model;

public enum Status {
    IN_FORCE, REPEALED
}
