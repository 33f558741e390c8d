package dev.lantern.extract.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, through PDFBox, in reading order. A PDF is recognised by its {@code
 * %PDF-} header; one that does not end in a {@code %%EOF} marker was cut short (an interrupted
 * download) and is refused rather than read in part, since PDFBox would silently recover what it
 * could. Scanned PDFs without a text layer read as empty text.
 */
final class PdfText {
  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EOF_MARK = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** How far from the end the {@code %%EOF} marker may stand (trailing junk is common). */
  private static final int EOF_WINDOW = 2048;

  private PdfText() {}

  /**
   * True when the bytes open with the PDF header (after at most a kilobyte of junk, as readers
   * allow).
   */
  static boolean isPdf(byte[] bytes) {
    return indexOf(bytes, HEADER, 0, Math.min(bytes.length, 1024 + HEADER.length)) >= 0;
  }

  static Document read(String source, byte[] bytes) {
    int from = Math.max(0, bytes.length - EOF_WINDOW);
    if (indexOf(bytes, EOF_MARK, from, bytes.length) < 0) {
      throw new UnreadableDocumentException(
          source
              + ": truncated PDF: "
              + bytes.length
              + " bytes and no %%EOF marker at the end, so the file was cut short; fetch or copy"
              + " it again");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf);
      PDDocumentInformation info = pdf.getDocumentInformation();
      Optional<String> title =
          Optional.ofNullable(info.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
      Optional<java.time.LocalDate> published =
          Optional.ofNullable(info.getCreationDate()).map(PdfText::date);
      return new Document(source, DocumentFormat.PDF, text, title, published);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(
          source + ": the PDF is encrypted with a password; decrypt it first", e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          source + ": damaged PDF, cannot read its text (" + e.getMessage() + ")", e);
    }
  }

  private static java.time.LocalDate date(Calendar c) {
    return c.toInstant().atZone(c.getTimeZone().toZoneId()).toLocalDate();
  }

  private static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
    for (int i = from; i + needle.length <= to; i++) {
      boolean match = true;
      for (int j = 0; j < needle.length && match; j++) {
        match = bytes[i + j] == needle[j];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
