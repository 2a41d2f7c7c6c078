package org.counterpart.events.signature;

/**
 * One key of one signer: {@code TH/3} is Thailand's third key. Carried as the JWS {@code kid}, so a
 * receiver knows which published key to check a signature with before it trusts anything else.
 */
public record KeyId(Signer signer, int version) {

    public KeyId {
        if (version < 1) {
            throw new IllegalArgumentException("key versions start at 1: " + version);
        }
    }

    public static KeyId parse(String kid) {
        int slash = kid == null ? -1 : kid.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a key id: " + kid);
        }
        try {
            return new KeyId(new Signer(kid.substring(0, slash)), Integer.parseInt(kid.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a key id: " + kid, e);
        }
    }

    public KeyId next() {
        return new KeyId(signer, version + 1);
    }

    public String value() {
        return signer.name() + "/" + version;
    }

    @Override
    public String toString() {
        return value();
    }
}
