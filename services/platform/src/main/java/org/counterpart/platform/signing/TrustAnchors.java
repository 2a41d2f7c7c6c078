package org.counterpart.platform.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import org.counterpart.events.signature.KeyId;

/** The public keys a network was set up with (a JWK Set file), as every service and the directory read them. */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    /** The anchors in {@code file}; a private key there is a configuration error, not something to publish. */
    public static List<PublishedKey> load(Path file) {
        List<JWK> keys;
        try {
            keys = JWKSet.load(file.toFile()).getKeys();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trust anchors " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("trust anchors " + file + " are not a JWK Set", e);
        }
        return keys.stream().map(key -> {
            if (key.isPrivate()) {
                throw new IllegalStateException("trust anchors " + file + " hold a private key (" + key.getKeyID() + ")");
            }
            return new PublishedKey(KeyId.parse(key.getKeyID()), key.toJSONString(), null);
        }).toList();
    }
}
