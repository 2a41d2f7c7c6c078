package org.counterpart.routing;

import org.counterpart.network.TestTokens;

public final class Tokens {
    public static final String TH_AUTHORITY = TestTokens.token("authority-th", "TH", "central-authority");
    public static final String TH_PROSECUTOR = TestTokens.token("prosecutor-th", "TH", "prosecutor");
    public static final String PH_AUTHORITY = TestTokens.token("authority-ph", "PH", "central-authority");
    public static final String DIRECTORY_ADMIN = TestTokens.token("directory-admin", "REGION", "directory-admin");
    public static final String OPERATOR = TestTokens.token("operator-region", "REGION", "operator");
    public static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");
    public static final String DIRECTORY_MY = TestTokens.token("directory-my", "MY", "directory-admin");
    public static final String DIRECTORY_SG = TestTokens.token("directory-sg", "SG", "directory-admin");

    private Tokens() {
    }
}
