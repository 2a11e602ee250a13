package freemarker.core;

import freemarker.template.Template;

/**
 * Reaches two package-private parts of FreeMarker that bound a template's run: the post-processor that puts an
 * interruption check into every loop (FreeMarker's own template tester uses it, so a runaway loop stops when its
 * thread is interrupted), and the instruction stack, which says where a template is while it runs. FreeMarker
 * offers neither publicly; both have been stable since 2.3.20. Used only by {@code lexsite.render.Templates}.
 */
public final class TemplateBounds {

    /** Where a template is: its name and line. */
    public record Place(String template, int line) {
    }

    private TemplateBounds() {
    }

    /** Makes every loop of {@code template} stop when its thread is interrupted. */
    public static void makeInterruptible(Template template) {
        try {
            new ThreadInterruptionSupportTemplatePostProcessor().postProcess(template);
        } catch (TemplatePostProcessorException e) {
            throw new IllegalStateException("cannot bound template " + template.getName(), e);
        }
    }

    /** Whether {@code t} is a template stopping because its thread was interrupted. */
    public static boolean isInterruption(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ThreadInterruptionSupportTemplatePostProcessor.TemplateProcessingThreadInterruptedException) return true;
        }
        return false;
    }

    /** The instruction {@code env} runs now; read from another thread it may be a moment old. Null when unknown. */
    public static Place place(Environment env) {
        try {
            TemplateElement[] stack = env.getInstructionStackSnapshot();
            if (stack == null || stack.length == 0 || stack[0] == null) return null;
            TemplateElement top = stack[0];
            return new Place(top.getTemplate() == null ? null : top.getTemplate().getSourceName(), top.getBeginLine());
        } catch (RuntimeException racing) {
            return null; // the stack changed while it was read
        }
    }
}
