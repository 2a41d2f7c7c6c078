package org.counterpart.network.exchange;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.network.ChildProcess;
import org.counterpart.network.Directories;

/**
 * A private CA and a broker certificate it signed for localhost, made with the JDK's keytool (the
 * JDK has no public API to issue certificates, and keytool is what Kafka's own docs use).
 */
final class Certificates {

    static final String BROKER_KEYSTORE = "broker.p12";
    static final String TRUSTSTORE = "truststore.p12";
    private static final String VALIDITY_DAYS = "30";

    private Certificates() {
    }

    /** A CA and a broker certificate for localhost and {@code brokerHosts} (the broker's names on a container network). */
    static void issue(Path directory, String password, List<String> brokerHosts) {
        Directories.fresh(directory);
        String ca = directory.resolve("ca.p12").toString();
        String broker = directory.resolve(BROKER_KEYSTORE).toString();
        String caCert = directory.resolve("ca.crt").toString();
        String request = directory.resolve("broker.csr").toString();
        String brokerCert = directory.resolve("broker.crt").toString();
        String truststore = directory.resolve(TRUSTSTORE).toString();
        keytool(directory, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Counterpart exchange CA", "-ext", "bc:c", "-validity", VALIDITY_DAYS,
                "-keystore", ca, "-storetype", "PKCS12", "-storepass", password);
        keytool(directory, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", password,
                "-file", caCert);
        keytool(directory, "-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-validity", VALIDITY_DAYS,
                "-keystore", broker, "-storetype", "PKCS12", "-storepass", password);
        keytool(directory, "-certreq", "-alias", "broker", "-keystore", broker, "-storepass", password,
                "-file", request);
        keytool(directory, "-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", password,
                "-infile", request, "-outfile", brokerCert, "-validity", VALIDITY_DAYS,
                "-ext", "SAN=" + san(brokerHosts), "-ext", "EKU=serverAuth,clientAuth");
        keytool(directory, "-importcert", "-noprompt", "-alias", "ca", "-file", caCert, "-keystore", broker,
                "-storepass", password);
        keytool(directory, "-importcert", "-noprompt", "-alias", "broker", "-file", brokerCert, "-keystore", broker,
                "-storepass", password);
        keytool(directory, "-importcert", "-noprompt", "-alias", "ca", "-file", caCert, "-keystore", truststore,
                "-storetype", "PKCS12", "-storepass", password);
    }

    private static String san(List<String> brokerHosts) {
        StringBuilder san = new StringBuilder("dns:localhost,ip:127.0.0.1");
        brokerHosts.forEach(host -> san.append(",dns:").append(host));
        return san.toString();
    }

    private static void keytool(Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        ChildProcess.run("keytool " + arguments[0], command, directory.resolve("keytool.log"), Duration.ofSeconds(60));
    }
}
