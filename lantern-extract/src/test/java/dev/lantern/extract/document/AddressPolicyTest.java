package dev.lantern.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "255.255.255.255",
        "192.0.2.1",
        "198.51.100.7",
        "203.0.113.9",
        "198.18.0.1",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "2001:db8::1",
        "2002:7f00:1::",
        "64:ff9b::a00:1"
      })
  void nonPublicReason_refusesEveryNonPublicRange(String address) throws UnknownHostException {
    assertThat(AddressPolicy.nonPublicReason(InetAddress.getByName(address))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "1.1.1.1",
        "172.32.0.1",
        "172.15.255.255",
        "100.128.0.1",
        "185.220.101.47",
        "2a00:1450:4001:80b::200e",
        "2606:4700::1111"
      })
  void nonPublicReason_allowsPublicAddresses(String address) throws UnknownHostException {
    assertThat(AddressPolicy.nonPublicReason(InetAddress.getByName(address))).isEmpty();
  }
}
