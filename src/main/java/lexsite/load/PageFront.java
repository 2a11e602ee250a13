package lexsite.load;

import java.util.List;

/** What the front matter of every page (programme, guide) has, so one loader can check it the same way. */
interface PageFront {

    Located<String> id();

    /** "programme" or "guide": says what the page is even when it is moved to the wrong folder. */
    Located<String> kind();

    /** Null where the page names no topics. */
    Located<List<String>> topics();

    default List<String> topicIds() {
        return topics() == null ? List.of() : topics().value();
    }
}
