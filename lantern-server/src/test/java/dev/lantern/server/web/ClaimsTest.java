package dev.lantern.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims read from the claim extension as docs/stix-mapping.md (claims branch) describes it. */
final class ClaimsTest {
  @Test
  void claims_areReadFromTheExtensionOfARelationshipWithTheirEvidence() throws Exception {
    String rel =
        """
        {"type":"relationship","id":"relationship--1","relationship_type":"attributed-to",
         "source_ref":"campaign--2","target_ref":"intrusion-set--3",
         "extensions":{"extension-definition--x":{"extension_type":"property-extension",
           "claims":[{"claimant":"MIVD","claimant_ref":"identity--4","stance":"attributes",
             "hedged":false,"basis":"technical-report","confidence":85,
             "evidence":{"report_ref":"report--5","start":10,"end":42,"quote":"MIVD said so."}},
            {"claimant":"Embassy","stance":"denies","confidence":85,"basis":null,
             "evidence":{"report_ref":"report--5","start":50,"end":60,"quote":"We deny."}}]}}}""";
    List<Claims.Claim> claims = Claims.of(new ObjectMapper().readTree(rel));
    assertThat(claims).hasSize(2);
    Claims.Claim mivd = claims.get(0);
    assertThat(mivd.claimant()).isEqualTo("identity--4");
    assertThat(mivd.stance()).isEqualTo("attributes");
    assertThat(mivd.relation()).contains("attributed-to");
    assertThat(mivd.subject()).contains("intrusion-set--3");
    assertThat(mivd.basis()).contains("technical-report");
    assertThat(mivd.confidence()).contains(85);
    assertThat(mivd.report()).contains("report--5");
    assertThat(mivd.start()).contains(10);
    assertThat(mivd.end()).contains(42);
    assertThat(mivd.quote()).contains("MIVD said so.");
    assertThat(claims.get(1).claimant()).isEqualTo("Embassy");
    assertThat(claims.get(1).stance()).isEqualTo("denies");
    assertThat(claims.get(1).basis()).isEmpty();
  }

  @Test
  void objectsWithoutClaimsHaveNone() throws Exception {
    assertThat(
            Claims.of(
                new ObjectMapper()
                    .readTree(
                        "{\"type\":\"malware\",\"id\":\"malware--1\",\"extensions\":{\"x\":{\"a\":1}}}")))
        .isEmpty();
  }
}
