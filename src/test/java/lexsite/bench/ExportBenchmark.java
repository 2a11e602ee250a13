package lexsite.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import lexsite.diagnostics.Diagnostics;
import lexsite.export.JsonExport;
import lexsite.export.JsonReader;
import lexsite.export.akn.AknExport;
import lexsite.export.akn.AknReader;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;
import lexsite.xliff.XliffExport;
import lexsite.xliff.XliffFile;

/**
 * The data exports of the real act: each one's size (raw and gzipped) and how long writing and reading it back
 * take (median of timed runs after warm-up runs). Writing JSON and Akoma Ntoso is what the exports add to a build;
 * XLIFF is written only on demand. Run by hand, as the other benchmarks; results in docs/BENCHMARKS.md.
 */
public final class ExportBenchmark {

    private static final int WARMUP = 5, RUNS = 25;

    public static void main(String[] args) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(diagnostics);
        if (content == null) throw new IllegalStateException(diagnostics.sorted().toString());
        ActResolver.Result act = content.current().get(0);
        String json = JsonExport.act(act), akn = AknExport.of(act), xliff = XliffExport.of(act.act(), "bg", Map.of());
        System.out.println("| export | bytes | gzipped | write (ms, median / fastest) | read back (ms, median / fastest) |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("JSON (`.json`)", json, () -> JsonExport.act(act), () -> JsonReader.act(json));
        row("Akoma Ntoso (`.akn.xml`)", akn, () -> AknExport.of(act), () -> AknReader.read(akn));
        row("XLIFF 2.0 (`export xliff`)", xliff, () -> XliffExport.of(act.act(), "bg", Map.of()), () -> XliffFile.read(xliff));
        System.out.println();
        System.out.println("| validation | errors | ms (median / fastest) |");
        System.out.println("|---|---:|---:|");
        Path aknXsd = Path.of("..", "shared", "schemas", "akomantoso", "akomantoso30.xsd");
        if (Files.isRegularFile(aknXsd)) validation("Akoma Ntoso: akomantoso30.xsd (javax.xml.validation)", aknXsd.toUri().toURL(), akn);
        else System.out.println("| Akoma Ntoso | not run: no " + aknXsd + " |  |");
        validation("XLIFF: xliff_core_2.0.xsd (javax.xml.validation)", XliffFile.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"), xliff);
        double okapi = median(() -> XliffFile.read(xliff));
        System.out.printf("| XLIFF: Okapi, maximal validation (schemas and the specification's constraints) | 0 | %.1f / %.1f |%n", okapi, fastest);
    }

    private static void validation(String name, URL xsd, String xml) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Schema schema = factory.newSchema(xsd);
            List<String> errors = new ArrayList<>();
            Supplier<Object> validate = () -> {
                errors.clear();
                Validator v = schema.newValidator();
                v.setErrorHandler(new DefaultHandler() {
                    @Override
                    public void error(SAXParseException e) {
                        errors.add(e.getMessage());
                    }
                });
                try {
                    v.validate(new StreamSource(new StringReader(xml)));
                } catch (SAXException | IOException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            };
            double ms = median(validate);
            System.out.printf("| %s | %d | %.1f / %.1f |%n", name, errors.size(), ms, fastest);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(String name, String text, Supplier<Object> write, Supplier<Object> read) throws IOException {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        double w = median(write), wFast = fastest, r = median(read);
        System.out.printf("| %s | %,d | %,d | %.1f / %.1f | %.1f / %.1f |%n", name, raw.length, gzipped(raw), w, wFast, r, fastest);
    }

    /** The fastest of the last timed runs: on a shared machine the median moves with the load, the minimum less. */
    private static double fastest;

    private static double median(Supplier<Object> work) {
        for (int i = 0; i < WARMUP; i++) work.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        ms.sort(null);
        fastest = ms.get(0);
        return ms.get(RUNS / 2);
    }

    private static int gzipped(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.size();
    }

    private ExportBenchmark() {
    }
}
