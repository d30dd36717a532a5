package org.hearth.server.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Hearth's PDFs about people (the evidence pack, the subject access pack): a Thymeleaf page laid out by openhtmltopdf
 * on Apache PDFBox (docs/decisions.md), a tagged PDF (PDF/UA) whose headings, lists and tables a screen reader
 * follows, and an archival one (PDF/A-3a) with its one font embedded. The page marks itself {@link #MARKING}.
 */
@Component
public class TaggedPdf {
    /**
     * The Government Security Classifications' marking for information about identifiable people whose loss would
     * harm them: OFFICIAL, with the SENSITIVE handling caveat and the PERSONAL descriptor.
     */
    public static final String MARKING = "OFFICIAL-SENSITIVE PERSONAL";
    /** Liberation Sans, the open font with Arial's measures (Hearth's pages use Arial), as PDFBox ships it. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /**
     * The control characters XML 1.0 cannot hold. The data folder's values have none (docs/data-format.md), but a key
     * worker's evidence is typed, and one such character must not stop the document being made.
     */
    private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    static {
        // The renderer logs every step at INFO on its own console handler; its warnings go to the server's log.
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.WARNING, new SLF4JBridgeHandler(), new SimpleFormatter()));
    }

    private final ITemplateEngine templates;

    TaggedPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The template, given the model (and {@code marking}), as a PDF.
     *
     * @param what the document, as an error names it: "the evidence pack"
     */
    public byte[] render(String template, Map<String, Object> model, String what) {
        Map<String, Object> marked = new java.util.HashMap<>(model);
        marked.put("marking", MARKING);
        String page = NOT_IN_XML.matcher(templates.process(template, new Context(Locale.UK, marked))).replaceAll(" ");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder renderer = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .useFont(() -> TaggedPdf.class.getResourceAsStream(FONT), "Liberation Sans")
                .withProducer("Hearth")
                .withHtmlContent(page, null)
                .toStream(pdf);
        try {
            renderer.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be laid out", e);
        }
        return pdf.toByteArray();
    }
}
