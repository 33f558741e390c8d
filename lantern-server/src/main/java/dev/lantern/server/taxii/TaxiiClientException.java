package dev.lantern.server.taxii;

/** A TAXII pull failed; the message names the URL and the reason. */
public final class TaxiiClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TaxiiClientException(String message) {
    super(message);
  }
}
