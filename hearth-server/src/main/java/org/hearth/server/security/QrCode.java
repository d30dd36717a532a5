package org.hearth.server.security;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code (ZXing lays out its modules) drawn as one SVG path, for a page to put inline (public, for the template to
 * read): the Content-Security-Policy
 * lets images come only from the server itself ({@code img-src 'self'}), so not from a {@code data:} address, and an
 * inline {@code <svg>} needs neither. The page draws it on white with the quiet zone of {@link #QUIET_ZONE} modules
 * around it that readers need.
 *
 * @param modules the code's width and height in modules
 * @param path    the dark modules, as an SVG path in module units: one rectangle per run along a row
 */
public record QrCode(int modules, String path) {
    /** Modules of light margin on each side, as ISO/IEC 18004 asks. */
    static final int QUIET_ZONE = 4;

    static QrCode of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    int run = 1;
                    while (x + run < matrix.getWidth() && matrix.get(x + run, y)) {
                        run++;
                    }
                    path.append('M').append(x).append(' ').append(y).append('h').append(run).append("v1h-").append(run)
                            .append('z');
                    x += run - 1;
                }
            }
        }
        return new QrCode(matrix.getWidth(), path.toString());
    }

    /** Where the quiet zone starts, left and top, in the path's units. */
    public int origin() {
        return -QUIET_ZONE;
    }

    /** The width and height of the code and its quiet zone, in the path's units. */
    public int side() {
        return modules + 2 * QUIET_ZONE;
    }

    /** The SVG's {@code viewBox}: the code and its quiet zone. */
    public String viewBox() {
        return origin() + " " + origin() + " " + side() + " " + side();
    }
}
