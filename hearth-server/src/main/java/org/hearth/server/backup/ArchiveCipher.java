package org.hearth.server.backup;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;

import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * A backup archive's encryption: OpenPGP (RFC 4880) with a passphrase, AES-256 with an integrity check, the key made
 * from the passphrase by iterated and salted SHA-256, as {@code gpg --symmetric --cipher-algo AES256} makes it; so an
 * archive can be opened with gpg alone, where Hearth itself is lost. Not compressed again: PostgreSQL's archive is.
 */
final class ArchiveCipher {
    /** The most iterations OpenPGP's key derivation can be asked for (some 65 million bytes hashed). */
    private static final int S2K_MOST = 0xff;
    private static final int BUFFER = 1 << 16;

    private ArchiveCipher() {
    }

    /** A stream whose bytes are written to {@code archive} encrypted; closing it ends the archive, not {@code archive}. */
    static OutputStream encrypting(OutputStream archive, Passphrase passphrase) throws IOException {
        PGPEncryptedDataGenerator encrypted = new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(
                SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true).setSecureRandom(new SecureRandom()));
        try {
            encrypted.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase.characters(),
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), S2K_MOST));
            OutputStream sealed = encrypted.open(archive, new byte[BUFFER]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream plain = literal.open(sealed, PGPLiteralData.BINARY, "hearth.dump", new Date(), new byte[BUFFER]);
            return new FilterOutputStream(plain) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    literal.close();
                    encrypted.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("cannot encrypt: " + e.getMessage(), e);
        }
    }

    /**
     * The archive's bytes, decrypted. A wrong passphrase is refused at once; an archive changed or cut short since it
     * was made is refused when the stream reaches its end, before it says it has ended: read it to the end before
     * relying on anything read from it.
     *
     * @param name the archive, as messages name it
     */
    static InputStream decrypting(InputStream archive, Passphrase passphrase, String name) throws IOException {
        try {
            BcPGPObjectFactory packets = new BcPGPObjectFactory(PGPUtil.getDecoderStream(archive));
            Object first = packets.nextObject();
            if (first instanceof PGPMarker) {
                first = packets.nextObject();
            }
            if (!(first instanceof PGPEncryptedDataList list) || list.size() != 1
                    || !(list.get(0) instanceof PGPPBEEncryptedData encrypted)) {
                throw new BackupException(name + " is not a Hearth backup: it is not encrypted with a passphrase");
            }
            if (!encrypted.isIntegrityProtected()) {
                throw new BackupException(name + " is not a Hearth backup: it has no integrity check");
            }
            InputStream clear;
            try {
                clear = encrypted.getDataStream(new BcPBEDataDecryptorFactory(passphrase.characters(),
                        new BcPGPDigestCalculatorProvider()));
            } catch (PGPException e) {
                throw new BackupException("The passphrase does not open " + name + " (or the archive is damaged)", e);
            }
            Object content = new BcPGPObjectFactory(clear).nextObject();
            if (!(content instanceof PGPLiteralData literal)) {
                throw new BackupException(name + " is not a Hearth backup: it holds no single file");
            }
            return new Checked(literal.getInputStream(), encrypted, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupException) {
                throw e;
            }
            throw new BackupException(name + " is damaged or not a Hearth backup: " + e.getMessage(), e);
        }
    }

    /** The decrypted bytes, whose integrity is checked when the end is reached, before the end is reported. */
    private static final class Checked extends FilterInputStream {
        private final PGPPBEEncryptedData encrypted;
        private final String name;
        private boolean checked;

        Checked(InputStream in, PGPPBEEncryptedData encrypted, String name) {
            super(in);
            this.encrypted = encrypted;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read;
            try {
                read = in.read(bytes, offset, length);
            } catch (IOException e) {
                throw new BackupException(name + " is damaged: " + e.getMessage(), e);
            }
            if (read < 0 && !checked) {
                checkIntegrity();
            }
            return read;
        }

        private void checkIntegrity() {
            try {
                if (!encrypted.verify()) {
                    throw new BackupException(name + " is damaged: it was changed or cut short since it was made");
                }
            } catch (PGPException | IOException e) {
                throw new BackupException(name + " is damaged: " + e.getMessage(), e);
            }
            checked = true;
        }
    }
}
