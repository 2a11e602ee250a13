package lexsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContactTest {

    private static String tel(String phone) {
        return new Contact("label", phone, null, null, null).telHref();
    }

    @Test
    void telHrefKeepsThePlusAndTheDigits() {
        assertEquals("tel:+35929394774", tel("+359 (2) 93-94-774"));
        assertEquals("tel:+35929394777", tel("+359 (2) 93 94 777"));
    }

    @Test
    void telHrefDropsTheTrunkPrefixWrittenInBrackets() {
        assertEquals("tel:+359884602185", tel("+359 (0) 884 602 185"));
        assertEquals("tel:+35929394774", tel("+359 (0) 2 93 94 774"));
    }

    @Test
    void aLocalNumberStaysLocal() {
        assertEquals("tel:029394774", tel("02 93 94 774"));
    }

    @Test
    void noPhoneOrEmailGivesNoHref() {
        Contact hours = new Contact("Office", null, null, null, "09:00-18:00");
        assertNull(hours.telHref());
        assertNull(hours.mailtoHref());
        assertEquals("mailto:iom@example.org", new Contact("Team", null, "iom@example.org", null, null).mailtoHref());
    }
}
