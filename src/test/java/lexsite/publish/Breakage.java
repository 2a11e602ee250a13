package lexsite.publish;

import java.util.function.Consumer;

/**
 * One named way to break the fixture project, and the start of the message it must get (from file:line on).
 *
 * @param stage "load" when `check` must find it too; "render" when only a build renders what is wrong;
 *              "warning" when it only warns
 */
record Breakage(String name, Consumer<FixtureProject> apply, String expected, String stage) {

    @Override
    public String toString() {
        return name;
    }
}
