package lexsite.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateBounds;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.Map;
import java.util.TimeZone;
import lexsite.load.ContentError;
import lexsite.load.ContentPath;

/**
 * The Freemarker templates in {@code templates/}: {@code .ftlh} files are HTML and auto-escaped, {@code .ftlx}
 * files XML. A missing template or a template error stops the build with the template's file and line.
 */
public final class Templates {

    /** Per page: far above the largest page (the whole Act on one page) and far below the memory. */
    private final long maxChars = Long.getLong("lexsite.template.maxChars", 50_000_000L);
    private final Duration maxTime = Duration.ofSeconds(Long.getLong("lexsite.template.seconds", 30));

    private final Configuration config;
    private final String shownFolder;
    /** Pages render on several cores at once, and Freemarker may reload a template that changed under `serve`. */
    private final Set<Template> bounded = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /**
     * Interrupts a page that runs over its time; the page renders on the caller's own thread (a render worker), so
     * that a page costs no hand-over between threads. One daemon thread for every build in the JVM.
     */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "template-watchdog");
        t.setDaemon(true);
        return t;
    });

    public Templates(Path folder, String shownFolder) {
        this.shownFolder = shownFolder;
        if (!Files.isDirectory(folder)) throw new ContentError(shownFolder, 0, "the templates folder is missing");
        config = new Configuration(Configuration.VERSION_2_3_33);
        try {
            config.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException e) {
            throw new ContentError(shownFolder, 0, "cannot read templates: " + e.getMessage());
        }
        config.setRecognizeStandardFileExtensions(true); // .ftlh → HTML escaping, .ftlx → XML escaping
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // templates are content too: ?new may not make Java objects (freemarker.template.utility.Execute runs commands)
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        prepareAll(folder);
    }

    /** Renders {@code name} (e.g. "article.ftlh") with {@code model}, within the limits of output and time. */
    public String render(String name, Map<String, Object> model) {
        Template template = template(name);
        BoundedWriter out = new BoundedWriter(maxChars);
        AtomicReference<Environment> running = new AtomicReference<>();
        AtomicReference<TemplateBounds.Place> overflowAt = new AtomicReference<>();
        out.onOverflow(() -> overflowAt.set(TemplateBounds.place(running.get())));
        TimeLimit limit = new TimeLimit(Thread.currentThread(), () -> running.get() == null ? null : TemplateBounds.place(running.get()));
        ScheduledFuture<?> alarm = WATCHDOG.schedule(limit::expire, maxTime.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            running.set(env);
            env.process();
            return out.toString();
        } catch (BoundedWriter.TooLarge tooLarge) {
            throw tooLarge(name, overflowAt.get(), tooLarge);
        } catch (StackOverflowError e) {
            throw limit(name, overflowAt.get(), "the template calls itself without end (a macro or include that never stops)");
        } catch (OutOfMemoryError e) {
            throw limit(name, null, "the template needs more memory than there is for one page");
        } catch (TemplateException | IOException | RuntimeException e) {
            if (limit.end()) {
                throw limit(name, limit.reachedAt(), "the template ran over "
                        + maxTime.toSeconds() + " s for one page: a loop that does not end, or one over a huge range");
            }
            if (e.getCause() instanceof BoundedWriter.TooLarge tooLarge) { // wrapped by Freemarker on its way out
                throw tooLarge(name, overflowAt.get(), tooLarge);
            }
            throw failure(name, e);
        } finally {
            alarm.cancel(false);
            limit.end();
        }
    }

    /**
     * The time one page may take: interrupts its thread once, and only while the page is still rendering, noting where
     * the page had got to (once the interruption unwinds the template, that place is gone).
     */
    private static final class TimeLimit {
        private final Thread renderer;
        private final java.util.function.Supplier<TemplateBounds.Place> place;
        private boolean over;
        private boolean expired;
        private TemplateBounds.Place reachedAt;

        TimeLimit(Thread renderer, java.util.function.Supplier<TemplateBounds.Place> place) {
            this.renderer = renderer;
            this.place = place;
        }

        synchronized void expire() {
            if (over) return;
            expired = true;
            reachedAt = place.get();
            renderer.interrupt(); // every loop of a bounded template checks for it
        }

        synchronized TemplateBounds.Place reachedAt() {
            return reachedAt;
        }

        /** Ends the limit; whether it expired, in which case the renderer's interruption is cleared. */
        synchronized boolean end() {
            over = true;
            if (expired) Thread.interrupted();
            return expired;
        }
    }

    private ContentError tooLarge(String name, TemplateBounds.Place at, BoundedWriter.TooLarge tooLarge) {
        return limit(name, at, "the template's output stopped at its limit: " + tooLarge.getMessage() + " (a loop over a huge range?)");
    }

    private ContentError limit(String name, TemplateBounds.Place at, String message) {
        String file = at != null && at.template() != null ? at.template() : name;
        return new ContentError(shownFolder + "/" + file, at == null ? 0 : at.line(), message);
    }

    private ContentError failure(String name, Throwable cause) {
        if (cause instanceof TemplateException e) {
            String file = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            return new ContentError(shownFolder + "/" + file, line, "template error: " + firstLine(e.getMessageWithoutStackTop()));
        }
        if (cause instanceof ContentError content) return content;
        if (cause instanceof IOException e) return new ContentError(shownFolder + "/" + name, 0, "cannot render: " + e.getMessage());
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error error) throw error;
        return new ContentError(shownFolder + "/" + name, 0, "cannot render: " + cause);
    }

    /** The template, parsed and bounded once; a missing or unreadable one is an error at its file. */
    private Template template(String name) {
        try {
            Template template = config.getTemplate(name);
            if (bounded.add(template)) TemplateBounds.makeInterruptible(template);
            return template;
        } catch (TemplateNotFoundException e) {
            throw new ContentError(shownFolder + "/" + name, 0, "template not found");
        } catch (ParseException e) {
            throw new ContentError(shownFolder + "/" + e.getTemplateName(), e.getLineNumber(),
                    "template syntax error: " + e.getEditorMessage());
        } catch (IOException e) {
            throw new ContentError(shownFolder + "/" + name, 0, "cannot read template: " + e.getMessage());
        }
    }

    /**
     * Parses and bounds every template of the folder before any page: an empty template is refused at its own file
     * (rather than as the empty pages it would make), and templates that others include are bounded too.
     */
    private void prepareAll(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().matches(".*\\.ftl[hx]?")).sorted().toList();
        } catch (IOException e) {
            throw new ContentError(shownFolder, 0, "cannot list templates: " + e.getMessage());
        }
        ContentPath guard = new ContentPath(folder, "templates/");
        for (Path file : files) {
            String name = file.getFileName().toString();
            guard.requireInside(file, shownFolder + "/" + name, 0, name);
            try {
                if (Files.readString(file).isBlank()) throw new ContentError(shownFolder + "/" + name, 1, "the template is empty");
            } catch (IOException e) {
                throw new ContentError(shownFolder + "/" + name, 0, "cannot read template: " + e.getMessage());
            }
            template(name);
        }
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
