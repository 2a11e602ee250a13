package gadget;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/** A class outside Lexsite whose deserialization has an effect: what an attacker's cache file would carry. */
public final class Gadget implements Serializable {

    public static volatile boolean ran;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        ran = true;
    }
}
