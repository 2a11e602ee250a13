package lexsite.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import lexsite.load.ContentError;

/**
 * The Freemarker templates in {@code templates/}: {@code .ftlh} files are HTML and auto-escaped, {@code .ftlx}
 * files XML. A missing template or a template error stops the build with the template's file and line.
 */
public final class Templates {

    private final Configuration config;
    private final String shownFolder;

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
    }

    /** Renders {@code name} (e.g. "article.ftlh") with {@code model}. */
    public String render(String name, Map<String, Object> model) {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new ContentError(shownFolder + "/" + name, 0, "template not found");
        } catch (ParseException e) {
            throw new ContentError(shownFolder + "/" + e.getTemplateName(), e.getLineNumber(),
                    "template syntax error: " + e.getEditorMessage());
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            throw new ContentError(shownFolder + "/" + file, line, "template error: " + firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new ContentError(shownFolder + "/" + name, 0, "cannot read template: " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
