package io.coachline.athlete.control.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Keeps hostile XML (billion laughs, XXE) away from every XML parser we use. GPX and TCX never need a DTD,
 * so a document declaring one is rejected outright before any parser that might expand entities sees it.
 */
final class XmlGuard {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";
    /** The JDK's own StAX implementation's name for its element depth limit. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    static final int MAX_DEPTH = 64;

    private XmlGuard() {
    }

    /** A StAX factory that never loads DTDs or external entities; always the JDK's own implementation. */
    static XMLInputFactory hardenedFactory() {
        // newDefaultFactory ignores whatever StAX implementation is on the classpath, so these settings are known to hold.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Real files nest about ten deep; unbounded depth would let a file of "<a><a><a>..." grow the parser's stack.
        factory.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
        return factory;
    }

    /** What the prolog says: the root element. */
    record Prolog(QName root) {
    }

    /**
     * Reads only the prolog, rejecting documents with a DOCTYPE and content that is not XML at all.
     *
     * @param formatLabel "GPX" or "TCX", for the user-facing message
     */
    static Prolog prolog(String fileName, ImportSource content, String formatLabel) throws IOException {
        requireDecodableUtf8(fileName, content, formatLabel);
        XMLStreamReader reader = null;
        try (InputStream in = content.open()) {
            reader = hardenedFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw ImportRejected.of(fileName, "contains a DOCTYPE/entity declaration, which " + formatLabel
                            + " files never need; it was rejected as a possible XML entity attack");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return new Prolog(reader.getName());
                }
            }
            throw ImportRejected.of(fileName, "is not a " + formatLabel + " file (it contains no XML element)");
        } catch (XMLStreamException e) {
            throw notWellFormed(fileName, formatLabel, e);
        } finally {
            close(reader);
        }
    }

    /**
     * The JDK's StAX parser prints "[Fatal Error]" to stderr, unconditionally, for bytes it cannot decode; so a
     * document in UTF-8 (declared or by default) is decoded once up front, in small chunks to save memory.
     * Other declared encodings are left to the parser.
     */
    private static void requireDecodableUtf8(String fileName, ImportSource content, String formatLabel)
            throws IOException {
        if (!isUtf8Document(content.head(256))) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        long offset = 0;
        try (InputStream in = content.open()) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(0, n));
                bytes.flip();
                CoderResult result;
                do {
                    chars.clear();
                    int before = bytes.position();
                    result = decoder.decode(bytes, chars, end);
                    offset += bytes.position() - before;
                } while (result.isOverflow());
                if (result.isError()) {
                    throw ImportRejected.of(fileName, "is not a valid " + formatLabel
                            + " file (it is not UTF-8 text: undecodable byte at offset " + offset + ")");
                }
                bytes.compact();
            }
        }
    }

    /**
     * The text of the element the reader is on, up to its end tag; child elements are skipped. At most
     * {@code maxChars} are kept, so a hostile file cannot make one value as large as itself.
     */
    static String boundedText(XMLStreamReader reader, int maxChars) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && text.length() < maxChars) {
                int take = Math.min(reader.getTextLength(), maxChars - text.length());
                text.append(reader.getTextCharacters(), reader.getTextStart(), take);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        return text.toString();
    }

    private static boolean isUtf8Document(byte[] content) {
        // content is the document's first bytes, enough for the BOM and the XML declaration.
        boolean utf16 = content.length >= 2 && (content[0] == 0 || content[1] == 0 || (content[0] & 0xFF) >= 0xFE);
        if (utf16) {
            return false;
        }
        String head = new String(content, 0, Math.min(content.length, 256), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARED_ENCODING.matcher(head.startsWith(UTF8_BOM) ? head.substring(3) : head);
        return !declaration.lookingAt() || declaration.group(1).equalsIgnoreCase("UTF-8");
    }

    static ImportRejected notWellFormed(String fileName, String formatLabel, XMLStreamException e) {
        return ImportRejected.of(fileName, "is not a valid " + formatLabel + " file (XML error: "
                + oneLine(e.getMessage()) + ")", e);
    }

    /** Parser messages span lines; user-facing reasons should not. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Closing an in-memory reader cannot lose data; the outcome of parsing is already decided.
        }
    }
}
