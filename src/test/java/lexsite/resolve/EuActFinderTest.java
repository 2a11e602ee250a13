package lexsite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuActFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "under Article 46 of Regulation (EU) 2018/1240 shall|Regulation (EU) 2018/1240|32018R1240",
            "Council Regulation (EC) No 1030/2002 laying down|Council Regulation (EC) No 1030/2002|32002R1030",
            "This Act transposes Directive 2014/36/EU and|Directive 2014/36/EU|32014L0036",
            "and Directive (EU) 2021/1883.|Directive (EU) 2021/1883|32021L1883",
            "Regulation (EU) 2016/1953 on the|Regulation (EU) 2016/1953|32016R1953",
            "Council Regulation (EC) № 539/ 2001 of 15 March|Council Regulation (EC) № 539/ 2001|32001R0539",
            "Regulation (EU) No 604/2013 of the|Regulation (EU) No 604/2013|32013R0604",
    })
    void namesTheActAndItsCelexNumber(String text, String named, String celex) {
        List<EuActFinder.EuAct> found = EuActFinder.find(text);
        assertEquals(1, found.size());
        assertEquals(named, text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(celex, found.get(0).celex());
        assertEquals("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + celex, found.get(0).eurLexUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"under Article 46 of this Act", "the Administrative Procedure Code", "SG No. 52/2025"})
    void findsNothingInOtherText(String text) {
        assertEquals(List.of(), EuActFinder.find(text));
    }
}
