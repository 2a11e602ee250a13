package lexsite.pipeline;

import java.util.List;
import java.util.function.Supplier;
import lexsite.diagnostics.Diagnostic;
import lexsite.load.LoadedAct;
import lexsite.model.ActVersion;
import lexsite.resolve.ActResolver;

/** Where parsed and resolved act versions may be kept between runs; {@link #NONE} keeps nothing. */
public interface ActCache {

    ActCache NONE = (key, compute) -> compute.get();

    /** One version of one loaded act: what parse and resolve read. */
    record Key(LoadedAct act, ActVersion version) {
    }

    /** What parse and resolve made of a version: the resolved act and the findings they reported on the way. */
    record Entry(ActResolver.Result result, List<Diagnostic> findings) implements java.io.Serializable {
        public Entry {
            findings = List.copyOf(findings);
        }
    }

    /** The entry for {@code key}: a kept one made from exactly these inputs by this code, or {@code compute}'s. */
    Entry get(Key key, Supplier<Entry> compute);
}
