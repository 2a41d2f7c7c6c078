package org.counterpart.mla.console;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.counterpart.console.ConsoleUser;
import org.counterpart.mla.request.RequestView;

/**
 * A request as the formal letter of request a central authority signs and sends (the shape of the UNODC
 * MLA Request Writer Tool's output): the requesting authority, the addressee, the legal basis, each part
 * of the request in order, and a block for signature and seal. In the request's language when the
 * console is written in it, else in English. Laid out as PDF by openhtmltopdf.
 */
@ApplicationScoped
public class LetterOfRequest {

    public byte[] pdf(TemplateInstance letter) {
        String xhtml = letter.render();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the letter could not be laid out", e);
        }
    }

    /** The language the letter is written in: the request's own when the console has it. */
    public static Locale languageOf(RequestView request) {
        String language = request.content() == null ? null : request.content().language();
        return language == null ? ConsoleUser.LANGUAGES.get(0)
                : ConsoleUser.known(language).orElse(ConsoleUser.LANGUAGES.get(0));
    }
}
