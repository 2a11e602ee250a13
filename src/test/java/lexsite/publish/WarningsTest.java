package lexsite.publish;

import static lexsite.publish.FixtureProject.ACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Warnings name file and line and never stop a build; with --strict they stop it like errors, keeping the old site. */
class WarningsTest {

    private static FixtureProject project;

    @BeforeAll
    static void buildOnce(@TempDir Path root) {
        project = FixtureProject.built(root);
    }

    @AfterEach
    void restore() {
        project.reset();
        project.build();
    }

    static Stream<Breakage> cases() {
        return Stream.of(
                warning("citation of a missing article", p -> p.replace(ACT, "under Article 4;", "under Article 9;"),
                        ACT + ":11: warning: 'Article 9' cites Article 9, which the act does not have [citation-unresolved]"),
                warning("gazette issue unknown to the act", p -> p.replace(ACT, "SG No. 29 of 2007", "SG No. 29 of 2027"),
                        ACT + ":14: warning: the note cites SG 29/2027, which is newer than the issue this text is consolidated to (SG 52/2025)"),
                warning("gazette issue older than the act", p -> p.replace(ACT, "SG No. 29 of 2007", "SG No. 29 of 1997"),
                        ACT + ":14: warning: the note cites SG 29/1997, which is older than the act (promulgated in SG 153/1998)"),
                warning("list whose items are missing", p -> p.replace(ACT,
                                "1. they hold a permit under Article 4;\n2. they are exempt under Article 1, paragraph 2.\n", ""),
                        ACT + ":10: warning: 3: the source announces a list here but gives none of its items [list-missing]"),
                warning("act without its closing formula", p -> p.replace(ACT,
                                "The Act was adopted by the 51st National Assembly", "The 51st National Assembly adopted it"),
                        ACT + ":18: warning: the text ends here without the closing formula"));
    }

    private static Breakage warning(String name, Consumer<FixtureProject> apply, String expected) {
        return new Breakage(name, apply, expected, "warning");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aWarningStopsOnlyAStrictBuild(Breakage c) {
        c.apply().accept(project);

        FixtureProject.Run strict = project.run("build", "--strict");
        assertEquals(1, strict.exit(), strict::all);
        assertTrue(strict.err().contains(c.expected()), () -> "expected '" + c.expected() + "' in:\n" + strict.err());
        project.assertSiteIs(project.lastBuilt());
        assertEquals(1, project.run("check", "--strict").exit());

        FixtureProject.Run check = project.run("check");
        assertEquals(0, check.exit(), check::all);
        assertTrue(check.out().contains(c.expected()), check::out);
        FixtureProject.Run build = project.run("build");
        assertEquals(0, build.exit(), build::all);
        assertTrue(build.err().contains(c.expected()), build::err);
        assertTrue(build.err().contains("0 errors, 1 warnings"), build::err);
    }
}
