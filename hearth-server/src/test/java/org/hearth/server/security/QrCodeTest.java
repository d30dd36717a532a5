package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import org.junit.jupiter.api.Test;

/** The QR code's SVG path, read back module by module, is a QR code of the text. */
class QrCodeTest {
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");

    @Test
    void thePathReadsBackAsTheText() throws Exception {
        String address = OneTimeCodes.appAddress("Hearth", "alex.key", OneTimeCodes.newSecret());

        QrCode code = QrCode.of(address);

        BitMatrix modules = new BitMatrix(code.modules());
        Matcher run = RUN.matcher(code.path());
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("nothing between runs").isEqualTo(end);
            modules.setRegion(Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)), Integer.parseInt(run.group(3)), 1);
            end = run.end();
        }
        assertThat(end).isEqualTo(code.path().length());
        assertThat(new Decoder().decode(modules).getText()).isEqualTo(address);
        assertThat(code.viewBox()).isEqualTo("-4 -4 " + (code.modules() + 8) + " " + (code.modules() + 8));
    }
}
