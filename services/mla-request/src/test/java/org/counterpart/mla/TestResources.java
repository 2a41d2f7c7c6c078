package org.counterpart.mla;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.counterpart.network.TestInfrastructure;

/** Real Kafka (closed: SASL_SSL, ACLs), a real PostgreSQL database and a signing OIDC provider for every test of this service. */
@QuarkusTestResource(value = TestInfrastructure.class, initArgs = {
        @ResourceArg(name = "database", value = "mla_th"), @ResourceArg(name = "principal", value = "mla-request-th")})
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {
    private TestResources() {
    }
}
