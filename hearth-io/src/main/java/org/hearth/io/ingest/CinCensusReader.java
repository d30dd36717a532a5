package org.hearth.io.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a DfE Children in Need census return (XML, {@code <Message>} with its {@code <Header>} and {@code <Children>}),
 * collection years 2016 onwards, with the JDK's StAX reader made safe ({@link SecureXml}). Each {@code <Child>} is
 * read on its own and staged by {@link CinChild}; the header's local authority names the provider. A file that is not
 * well-formed XML, not a CIN census message, or declares a DTD is unreadable and nothing of the source is staged.
 */
final class CinCensusReader implements SourceReader {

    @Override
    public void read(SourceFile file, StagingFolder staging) throws IOException {
        try (InputStream in = file.open()) {
            XMLStreamReader xml = SecureXml.reader(in);
            try {
                read(file.name(), xml, staging);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new UnreadableSourceException(file.name(), line, "is not well-formed XML: " + message(e));
        }
    }

    private static void read(String file, XMLStreamReader xml, StagingFolder staging) throws XMLStreamException, IOException {
        String provider = "CIN census";
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw SecureXml.refuseDtd(file, xml.getLocation().getLineNumber());
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root && !name.equals("Message")) {
                throw new UnreadableSourceException(file, xml.getLocation().getLineNumber(), "is not a CIN census return: its"
                        + " root element is <" + name + ">, not <Message>");
            }
            root = false;
            if (name.equals("Header")) {
                XmlElement source = element(xml, file).child("Source");
                String la = source == null ? "" : source.text("LEA");
                provider = la.isEmpty() ? provider : "CIN census: LA " + la;
            } else if (name.equals("Child")) {
                XmlElement child = element(xml, file);
                new CinChild(child, new Origin(file, child.line(), provider), staging).stage();
            }
        }
        if (root) {
            throw new UnreadableSourceException(file, 0, "holds no XML element");
        }
    }

    /** The element the reader stands at, read to its end with everything in it. */
    private static XmlElement element(XMLStreamReader xml, String file) throws XMLStreamException {
        String name = xml.getLocalName();
        long line = xml.getLocation().getLineNumber();
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(xml, file));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnreadableSourceException(file,
                        xml.getLocation().getLineNumber(), "refers to the entity &" + xml.getLocalName() + "; which a return never"
                        + " declares");
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(name, text.toString().strip(), line, List.copyOf(children));
                }
                default -> {
                }
            }
        }
        throw new XMLStreamException("the file ends inside <" + name + ">", xml.getLocation());
    }

    /** The parser's message without its own location prefix ("ParseError at [row,col]:[3,5]\nMessage: …"). */
    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }
}
