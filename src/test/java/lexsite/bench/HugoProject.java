package lexsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lexsite.model.Article;
import org.apache.commons.io.FileUtils;

/**
 * The same text as a {@link ScaledProject}, as plain Markdown pages for Hugo: one page per article of every act (the
 * article's source lines, cut where the real act's articles start, which the clones share line for line), and one page
 * per programme and guide (its Markdown body). Minimal layouts: a title and the content, so Hugo's figure is the floor
 * of what a static-site generator spends on this text.
 */
final class HugoProject {

    private static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>
            """;
    private static final String LIST = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
            """;

    private HugoProject() {
    }

    /** Writes the Hugo project for {@code lexsite} into {@code target}; returns how many Markdown pages it holds. */
    static int write(Path lexsite, List<Article> articles, Path target) {
        try {
            FileUtils.deleteDirectory(target.toFile());
            Files.createDirectories(target.resolve("layouts/_default"));
            Files.writeString(target.resolve("config.toml"), """
                    baseURL = "https://example.org/"
                    languageCode = "en"
                    title = "Benchmark"
                    disableKinds = ["taxonomy", "term", "RSS"]
                    """);
            Files.writeString(target.resolve("layouts/_default/single.html"), PAGE);
            Files.writeString(target.resolve("layouts/_default/list.html"), LIST);
            Files.writeString(target.resolve("layouts/index.html"), LIST);
            int pages = 0;
            List<Path> texts;
            try (Stream<Path> walk = Files.walk(lexsite.resolve("content/acts"))) {
                texts = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path text : texts) {
                String act = lexsite.resolve("content/acts").relativize(text).getName(0).toString();
                List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
                Path folder = Files.createDirectories(target.resolve("content").resolve(act));
                for (int a = 0; a < articles.size(); a++) {
                    int from = articles.get(a).line() - 1;
                    int to = a + 1 < articles.size() ? articles.get(a + 1).line() - 1 : lines.size();
                    String body = String.join("\n\n", lines.subList(from, Math.min(to, lines.size())));
                    Files.writeString(folder.resolve(articles.get(a).id() + ".md"),
                            "---\ntitle: \"" + act + " " + articles.get(a).label() + "\"\n---\n\n" + body + "\n", StandardCharsets.UTF_8);
                    pages++;
                }
            }
            for (String library : List.of("programmes", "guides")) {
                Path folder = lexsite.resolve("content").resolve(library);
                if (!Files.isDirectory(folder)) continue;
                Path out = Files.createDirectories(target.resolve("content").resolve(library));
                try (Stream<Path> list = Files.list(folder)) {
                    for (Path page : list.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                        String text = Files.readString(page, StandardCharsets.UTF_8);
                        String body = text.replaceFirst("(?s)^---\n.*?\n---\n", "");
                        String name = page.getFileName().toString();
                        Files.writeString(out.resolve(name), "---\ntitle: \"" + name + "\"\n---\n" + body, StandardCharsets.UTF_8);
                        pages++;
                    }
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
