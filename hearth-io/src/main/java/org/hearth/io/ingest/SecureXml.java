package org.hearth.io.ingest;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's own StAX reader, made safe for files from outside (OWASP XML External Entity Prevention Cheat Sheet, "Java:
 * XMLInputFactory"): no DTDs and no external entities, so a file can neither make the reader fetch a URL or read a
 * local file nor expand entities into gigabytes. A document that declares a DTD is refused before anything is read
 * from it ({@link #refuseDtd}); a return never has one.
 */
final class SecureXml {
    private SecureXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    static UnreadableSourceException refuseDtd(String file, long line) {
        return new UnreadableSourceException(file, line, "declares a DTD (<!DOCTYPE …>), which a return never has: refused,"
                + " as a DTD can make a reader fetch other files or expand entities without end");
    }
}
